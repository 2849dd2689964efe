import { describe, expect, it } from 'vitest';
import { signUp } from '../support/factories.js';
import { useTarget } from '../targets/index.js';

const target = useTarget();

describe('seed 000 "Create and Join a Study Session", as written', () => {
  it('creates the virtual session and joins it with plain fetch calls', async () => {
    // The seed's example dates the session 2025-11-01; its documents were written on 2025-10-30.
    target.current.clock.set(new Date('2025-10-30T10:00:00Z'));
    const host = await signUp(target.current);
    const joiner = await signUp(target.current);
    const base = target.current.baseUrl;
    let token = host.client.tokens.get()?.access ?? '';

    // Create session
    const session = (await fetch(`${base}/api/sessions/`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({
        title: 'Calculus Study Group',
        session_type: 'virtual',
        meeting_link: 'https://zoom.us/j/123',
        start_time: '2025-11-01T14:00:00Z',
        duration_minutes: 120,
      }),
    }).then((r) => r.json())) as { id: number; end_time: string; status: string };
    expect(session).toMatchObject({ end_time: '2025-11-01T16:00:00.000Z', status: 'upcoming' });

    // Join session
    token = joiner.client.tokens.get()?.access ?? '';
    const joined = await fetch(`${base}/api/sessions/${session.id}/join/`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(joined.status).toBe(200);
    expect(await joined.json()).toMatchObject({ status: 'registered', user: { id: joiner.user.id } });
  });
});
