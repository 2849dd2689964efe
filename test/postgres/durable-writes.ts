import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { createClient } from '../../sdk/index.js';

/** One of everything (users, a session, a membership, a REST message), to find after a crash. */
export type WrittenData = Awaited<ReturnType<typeof writeEverything>>;

/** Writes one of everything through the API and answers how to find it again. */
export async function writeEverything(url: string) {
  const suffix = randomBytes(3).toString('hex');
  const register = async (name: string) => {
    const client = createClient({ baseUrl: url });
    const email = `${name}.${suffix}@example.com`;
    const body = { email, password: 'durable-pass-1', password_confirm: 'durable-pass-1', full_name: name };
    const response = await client.auth.register({ body });
    if (response.status !== 201) throw new Error(`register: ${JSON.stringify(response.body)}`);
    return { client, email, id: response.body.user.id };
  };
  const host = await register('Host');
  const guest = await register('Guest');
  const start = new Date(Date.now() + 24 * 3600 * 1000).toISOString();
  const session = await host.client.sessions.create({
    body: {
      title: 'Durable session',
      session_type: 'virtual',
      meeting_link: 'https://meet.example.com/d',
      start_time: start,
      duration_minutes: 60,
    },
  });
  if (session.status !== 201) throw new Error('session');
  const joined = await guest.client.sessions.join({ params: { id: session.body.id }, body: {} });
  const group = await host.client.groups.create({
    body: { name: `Durable group ${suffix}`, description: '' },
  });
  if (group.status !== 201) throw new Error('group');
  const membership = await guest.client.groups.join({ params: { id: group.body.id }, body: {} });
  const message = await guest.client.groupMessages.send({
    params: { groupId: group.body.id },
    body: { content: 'Still here after a crash?' },
  });
  expect([joined.status, membership.status, message.status]).toEqual([200, 200, 201]);
  return { host, guest, sessionId: session.body.id, groupId: group.body.id };
}

export async function readEverything(url: string, written: WrittenData) {
  const guest = createClient({ baseUrl: url });
  const login = await guest.auth.login({ body: { email: written.guest.email, password: 'durable-pass-1' } });
  expect(login.status).toBe(200);
  const session = await guest.sessions.get({ params: { id: written.sessionId } });
  expect(session.status === 200 && [session.body.title, session.body.is_participant]).toEqual([
    'Durable session',
    true,
  ]);
  const group = await guest.groups.get({ params: { id: written.groupId } });
  expect(group.status === 200 && group.body.user_membership_status).toBe('active');
  const messages = await guest.groupMessages.list({ params: { groupId: written.groupId } });
  expect(messages.status === 200 && messages.body.results.map((row) => row.content)).toEqual([
    'Still here after a crash?',
  ]);
}
