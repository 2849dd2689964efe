import { describe, expect, it } from 'vitest';
import { signUp, type SignedInUser } from '../support/factories.js';
import { hostSession, sessionBody } from '../support/sessions.js';
import { useTarget } from '../targets/index.js';

/**
 * Django's datetimes stop at year 9999: a session whose end (start_time + duration_minutes)
 * would fall in year 10000 cannot be presented, so it is refused before anything is written,
 * and every read of the caller's and the public lists keeps answering.
 */
const target = useTarget();
const ENDS_AFTER_9999 = { start_time: ['The session must end before the year 10000.'] };
const LAST_MINUTES = { start_time: '9999-12-31T23:59:59.999Z', duration_minutes: 6 };

async function expectListsReadable(user: SignedInUser) {
  const { sessions } = user.client;
  const reads = [
    await sessions.list({ query: { page_size: 100 } }),
    await sessions.createdSessions(),
    await sessions.mySessions({ query: {} }),
  ];
  expect(reads.map((response) => response.status)).toEqual([200, 200, 200]);
}

describe('POST /api/sessions/', () => {
  it('refuses a session that would end after year 9999 and stores nothing', async () => {
    const host = await signUp(target.current);
    const response = await host.client.sessions.create({ body: sessionBody(target.current, LAST_MINUTES) });
    expect({ status: response.status, body: response.body }).toEqual({ status: 400, body: ENDS_AFTER_9999 });
    const created = await host.client.sessions.createdSessions();
    expect(created.status === 200 && created.body).toEqual([]);
    await expectListsReadable(host);
  });

  it('accepts a session that ends in the last minute of year 9999, and reads it back', async () => {
    const host = await signUp(target.current);
    const session = await hostSession(target.current, host, {
      start_time: '9999-12-31T23:49:00Z',
      duration_minutes: 10,
    });
    expect(session).toMatchObject({
      start_time: '9999-12-31T23:49:00.000Z',
      end_time: '9999-12-31T23:59:00.000Z',
    });
    expect((await host.client.sessions.get({ params: { id: session.id } })).status).toBe(200);
    expect((await host.client.sessions.start({ params: { id: session.id } })).status).toBe(200);
    await expectListsReadable(host);
  });
});

describe('PATCH /api/sessions/{id}/', () => {
  it('refuses a start time or a duration that would end the session after year 9999', async () => {
    const host = await signUp(target.current);
    const session = await hostSession(target.current, host, {
      start_time: '9999-12-31T23:00:00Z',
      duration_minutes: 30,
    });
    const id = session.id;
    const moved = await host.client.sessions.update({ params: { id }, body: LAST_MINUTES });
    expect({ status: moved.status, body: moved.body }).toEqual({ status: 400, body: ENDS_AFTER_9999 });
    const lengthened = await host.client.sessions.update({ params: { id }, body: { duration_minutes: 60 } });
    expect({ status: lengthened.status, body: lengthened.body }).toEqual({
      status: 400,
      body: ENDS_AFTER_9999,
    });
    const read = await host.client.sessions.get({ params: { id } });
    expect(read.status === 200 && [read.body.start_time, read.body.duration_minutes]).toEqual([
      session.start_time,
      session.duration_minutes,
    ]);
    expect((await host.client.sessions.cancel({ params: { id } })).status).toBe(200);
    await expectListsReadable(host);
  });
});
