import { describe, expect, it } from 'vitest';
import { signUp } from '../support/factories.js';
import { DAY, fromNow, HOUR, hostSession, MINUTE } from '../support/sessions.js';
import { statusAndBody } from '../support/responses.js';
import { useTarget } from '../targets/index.js';

const target = useTarget();

describe('the effective session status', () => {
  it('moves from upcoming to in_progress at the start time and to completed at the end time', async () => {
    const host = await signUp(target.current);
    const session = await hostSession(target.current, host, { start_time: fromNow(target.current, HOUR) });
    const status = async () => (await host.client.sessions.get({ params: { id: session.id } })).body;
    expect(await status()).toMatchObject({ status: 'upcoming' });
    target.current.clock.advance(HOUR);
    expect(await status()).toMatchObject({ status: 'in_progress' });
    target.current.clock.advance(HOUR - 1000);
    expect(await status()).toMatchObject({ status: 'in_progress' });
    target.current.clock.advance(1000);
    expect(await status()).toMatchObject({
      status: 'completed',
      can_edit: false,
      can_cancel: false,
      can_join: false,
    });
  });
});

describe('GET /api/sessions/{id}/', () => {
  it('answers 404 for an unknown session', async () => {
    const user = await signUp(target.current);
    expect((await user.client.sessions.get({ params: { id: 999_999 } })).status).toBe(404);
  });

  it("shows another user's session with the caller's own flags", async () => {
    const host = await signUp(target.current);
    const viewer = await signUp(target.current);
    const session = await hostSession(target.current, host);
    const response = await viewer.client.sessions.get({ params: { id: session.id } });
    expect(response.body).toMatchObject({
      is_host: false,
      is_participant: false,
      can_join: true,
      can_leave: false,
      can_edit: false,
      can_cancel: false,
    });
  });
});

describe('POST /api/sessions/{id}/start/', () => {
  it('lets the host start an upcoming session before its start time', async () => {
    const host = await signUp(target.current);
    const session = await hostSession(target.current, host);
    const response = await host.client.sessions.start({ params: { id: session.id } });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      message: 'Session started successfully.',
      session: { status: 'in_progress' },
    });
  });

  it('refuses anyone but the host with 403', async () => {
    const host = await signUp(target.current);
    const other = await signUp(target.current);
    const session = await hostSession(target.current, host);
    const response = await other.client.sessions.start({ params: { id: session.id } });
    expect(response.status).toBe(403);
    expect(response.body).toEqual({ detail: 'Only the host can manage this session.' });
  });

  it('refuses a session that is not upcoming', async () => {
    const host = await signUp(target.current);
    const session = await hostSession(target.current, host);
    await host.client.sessions.start({ params: { id: session.id } });
    const again = await host.client.sessions.start({ params: { id: session.id } });
    expect(again.status).toBe(400);
    expect(again.body).toEqual({ detail: 'Only an upcoming session can be started.' });
  });
});

describe('POST /api/sessions/{id}/complete/', () => {
  it('completes an in-progress session, and its still-registered participants become no-shows', async () => {
    const host = await signUp(target.current);
    const late = await signUp(target.current);
    const session = await hostSession(target.current, host);
    await late.client.sessions.join({ params: { id: session.id }, body: {} });
    await host.client.sessions.start({ params: { id: session.id } });
    const response = await host.client.sessions.complete({ params: { id: session.id } });
    expect(response.body).toMatchObject({
      message: 'Session completed successfully.',
      session: { status: 'completed' },
    });
    const participants = await host.client.sessions.participants({ params: { id: session.id } });
    expect(participants.status === 200 && participants.body.results.map((row) => row.status)).toEqual([
      'no_show',
      'no_show',
    ]);
  });

  it('marks registered participants as no-shows once the end time passes, too', async () => {
    const host = await signUp(target.current);
    const session = await hostSession(target.current, host, { start_time: fromNow(target.current, HOUR) });
    target.current.clock.advance(3 * HOUR);
    const participants = await host.client.sessions.participants({ params: { id: session.id } });
    expect(participants.status === 200 && participants.body.results[0]?.status).toBe('no_show');
  });

  it('refuses to complete an upcoming session', async () => {
    const host = await signUp(target.current);
    const session = await hostSession(target.current, host);
    const response = await host.client.sessions.complete({ params: { id: session.id } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ detail: 'Only an in-progress session can be completed.' });
  });

  it('refuses anyone but the host', async () => {
    const host = await signUp(target.current);
    const other = await signUp(target.current);
    const session = await hostSession(target.current, host);
    await host.client.sessions.start({ params: { id: session.id } });
    expect((await other.client.sessions.complete({ params: { id: session.id } })).status).toBe(403);
  });
});

describe('POST /api/sessions/{id}/cancel/ and DELETE /api/sessions/{id}/', () => {
  it('cancels with cancel/, answering the session', async () => {
    const host = await signUp(target.current);
    const session = await hostSession(target.current, host);
    const response = await host.client.sessions.cancel({ params: { id: session.id } });
    expect(response.body).toMatchObject({
      message: 'Session cancelled successfully.',
      session: { status: 'cancelled' },
    });
  });

  it('cancels with DELETE, answering the message, and keeps the session readable', async () => {
    const host = await signUp(target.current);
    const session = await hostSession(target.current, host);
    const response = await host.client.sessions.delete({ params: { id: session.id } });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ message: 'Session cancelled successfully.' });
    const after = await host.client.sessions.get({ params: { id: session.id } });
    expect(after.body).toMatchObject({ status: 'cancelled', can_join: false, can_cancel: false });
  });

  it('cancels an in-progress session', async () => {
    const host = await signUp(target.current);
    const session = await hostSession(target.current, host);
    await host.client.sessions.start({ params: { id: session.id } });
    expect((await host.client.sessions.cancel({ params: { id: session.id } })).status).toBe(200);
  });

  it('refuses to cancel a completed session', async () => {
    const host = await signUp(target.current);
    const session = await hostSession(target.current, host, { start_time: fromNow(target.current, HOUR) });
    target.current.clock.advance(3 * HOUR);
    for (const response of [
      await host.client.sessions.cancel({ params: { id: session.id } }),
      await host.client.sessions.delete({ params: { id: session.id } }),
    ]) {
      expect(response.status).toBe(400);
      expect(response.body).toEqual({ detail: 'A completed session cannot be cancelled.' });
    }
  });

  it('refuses to cancel twice', async () => {
    const host = await signUp(target.current);
    const session = await hostSession(target.current, host);
    await host.client.sessions.cancel({ params: { id: session.id } });
    const again = await host.client.sessions.delete({ params: { id: session.id } });
    expect(statusAndBody(again)).toEqual({
      status: 400,
      body: { detail: 'This session is already cancelled.' },
    });
  });

  it('refuses anyone but the host', async () => {
    const host = await signUp(target.current);
    const other = await signUp(target.current);
    const session = await hostSession(target.current, host);
    expect((await other.client.sessions.delete({ params: { id: session.id } })).status).toBe(403);
    expect((await other.client.sessions.cancel({ params: { id: session.id } })).status).toBe(403);
  });
});

describe('PUT and PATCH /api/sessions/{id}/', () => {
  it('changes only the fields a PATCH sends', async () => {
    const host = await signUp(target.current);
    const session = await hostSession(target.current, host);
    const response = await host.client.sessions.update({
      params: { id: session.id },
      body: { title: 'Renamed' },
    });
    expect(response.status).toBe(200);
    const { updated_at: _before, ...unchanged } = session;
    expect(response.body).toMatchObject({ ...unchanged, title: 'Renamed' });
  });

  it('replaces the session with PUT, which needs every required field', async () => {
    const host = await signUp(target.current);
    const session = await hostSession(target.current, host);
    const missing = await host.client.sessions.replace({
      params: { id: session.id },
      body: { title: 'Only' } as never,
    });
    expect(missing.status).toBe(400);
    const response = await host.client.sessions.replace({
      params: { id: session.id },
      body: {
        title: 'Database study group',
        session_type: 'in_person',
        location_name: 'Computer Lab A',
        start_time: fromNow(target.current, 2 * DAY),
        duration_minutes: 120,
      },
    });
    expect(response.body).toMatchObject({
      title: 'Database study group',
      session_type: 'in_person',
      duration_minutes: 120,
    });
  });

  it('refuses anyone but the host', async () => {
    const host = await signUp(target.current);
    const other = await signUp(target.current);
    const session = await hostSession(target.current, host);
    const response = await other.client.sessions.update({
      params: { id: session.id },
      body: { title: 'Mine' },
    });
    expect(response.status).toBe(403);
  });

  it('refuses to edit a completed or cancelled session', async () => {
    const host = await signUp(target.current);
    const cancelled = await hostSession(target.current, host);
    await host.client.sessions.cancel({ params: { id: cancelled.id } });
    const response = await host.client.sessions.update({
      params: { id: cancelled.id },
      body: { title: 'Late' },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ detail: 'A completed or cancelled session cannot be edited.' });
    const finished = await hostSession(target.current, host, { start_time: fromNow(target.current, MINUTE) });
    target.current.clock.advance(2 * HOUR);
    expect(
      (await host.client.sessions.update({ params: { id: finished.id }, body: { title: 'x' } })).status,
    ).toBe(400);
  });

  it('lets the host edit an in-progress session without moving its past start time', async () => {
    const host = await signUp(target.current);
    const session = await hostSession(target.current, host, { start_time: fromNow(target.current, MINUTE) });
    target.current.clock.advance(10 * MINUTE);
    const response = await host.client.sessions.update({
      params: { id: session.id },
      body: { title: 'Still on' },
    });
    expect(response.body).toMatchObject({ title: 'Still on', status: 'in_progress' });
  });

  it('refuses a new start time in the past', async () => {
    const host = await signUp(target.current);
    const session = await hostSession(target.current, host);
    const response = await host.client.sessions.update({
      params: { id: session.id },
      body: { start_time: fromNow(target.current, -HOUR) },
    });
    expect(response.body).toEqual({ start_time: ['Start time must be in the future.'] });
  });

  it('keeps the type rules: switching to virtual without a meeting link is refused', async () => {
    const host = await signUp(target.current);
    const session = await hostSession(target.current, host, {
      session_type: 'in_person',
      location_name: 'Library',
      meeting_link: '',
    });
    const response = await host.client.sessions.update({
      params: { id: session.id },
      body: { session_type: 'virtual' },
    });
    expect(response.body).toEqual({
      meeting_link: ['A meeting link is required for virtual and hybrid sessions.'],
    });
  });

  it('refuses a max_participants below the seats already taken', async () => {
    const host = await signUp(target.current);
    const session = await hostSession(target.current, host, { max_participants: 5 });
    for (let index = 0; index < 2; index += 1) {
      const guest = await signUp(target.current);
      await guest.client.sessions.join({ params: { id: session.id }, body: {} });
    }
    const response = await host.client.sessions.update({
      params: { id: session.id },
      body: { max_participants: 2 },
    });
    expect(response.body).toEqual({
      max_participants: ['Cannot be lower than the current number of participants (3).'],
    });
    expect(
      (await host.client.sessions.update({ params: { id: session.id }, body: { max_participants: 3 } })).body,
    ).toMatchObject({
      is_full: true,
      available_spots: 0,
    });
  });

  it('ignores read-only fields', async () => {
    const host = await signUp(target.current);
    const other = await signUp(target.current);
    const session = await hostSession(target.current, host);
    const body = { host: other.user.id, status: 'cancelled', id: 1, participant_count: 50 };
    const response = await host.client.sessions.update({ params: { id: session.id }, body: body as never });
    expect(response.body).toMatchObject({
      id: session.id,
      host: { id: host.user.id },
      status: 'upcoming',
      participant_count: 1,
    });
  });
});
