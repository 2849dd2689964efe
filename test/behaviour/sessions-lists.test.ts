import { describe, expect, it } from 'vitest';
import type { SessionListQuery } from '../../contract/index.js';
import { signUp, type SignedInUser } from '../support/factories.js';
import { DAY, fromNow, HOUR, hostSession } from '../support/sessions.js';
import { useTarget } from '../targets/index.js';

const target = useTarget('each');

async function titles(user: SignedInUser, query: SessionListQuery = {}) {
  const response = await user.client.sessions.list({ query });
  if (response.status !== 200) throw new Error(`list failed: ${response.status}`);
  return response.body.results.map((session) => session.title);
}

describe('GET /api/sessions/', () => {
  it('lists every session ordered by start time, 10 a page', async () => {
    const host = await signUp(target.current);
    for (let index = 11; index >= 0; index -= 1) {
      await hostSession(target.current, host, {
        title: `S${index}`,
        start_time: fromNow(target.current, (index + 1) * HOUR),
      });
    }
    const first = await host.client.sessions.list();
    expect(first.status === 200 && first.body.count).toBe(12);
    expect(await titles(host)).toEqual(['S0', 'S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9']);
    expect(await titles(host, { page: 2 })).toEqual(['S10', 'S11']);
  });

  it('filters by effective status, with ongoing as an alias of in_progress', async () => {
    const host = await signUp(target.current);
    await hostSession(target.current, host, { title: 'soon', start_time: fromNow(target.current, HOUR) });
    await hostSession(target.current, host, { title: 'later', start_time: fromNow(target.current, DAY) });
    const cancelled = await hostSession(target.current, host, {
      title: 'off',
      start_time: fromNow(target.current, 2 * DAY),
    });
    await host.client.sessions.cancel({ params: { id: cancelled.id } });
    target.current.clock.advance(HOUR);
    expect(await titles(host, { status: 'in_progress' })).toEqual(['soon']);
    expect(await titles(host, { status: 'ongoing' })).toEqual(['soon']);
    expect(await titles(host, { status: 'upcoming' })).toEqual(['later']);
    expect(await titles(host, { status: 'cancelled' })).toEqual(['off']);
    target.current.clock.advance(HOUR);
    expect(await titles(host, { status: 'completed' })).toEqual(['soon']);
  });

  it('filters by session_type, subject and host', async () => {
    const alice = await signUp(target.current);
    const bob = await signUp(target.current);
    const subject = await target.current.addSubject({ code: 'CS101', name_en: 'Programming' });
    await hostSession(target.current, alice, { title: 'virtual-a', subject: subject.id });
    await hostSession(target.current, bob, {
      title: 'room-b',
      session_type: 'in_person',
      location_name: 'Lab',
      meeting_link: '',
    });
    expect(await titles(alice, { session_type: 'in_person' })).toEqual(['room-b']);
    expect(await titles(alice, { subject: subject.id })).toEqual(['virtual-a']);
    expect(await titles(alice, { host: bob.user.id })).toEqual(['room-b']);
  });

  it('splits sessions into upcoming and past with time_filter', async () => {
    const host = await signUp(target.current);
    await hostSession(target.current, host, { title: 'first', start_time: fromNow(target.current, HOUR) });
    await hostSession(target.current, host, {
      title: 'second',
      start_time: fromNow(target.current, 3 * HOUR),
    });
    target.current.clock.advance(2 * HOUR);
    expect(await titles(host, { time_filter: 'upcoming' })).toEqual(['second']);
    expect(await titles(host, { time_filter: 'past' })).toEqual(['first']);
  });

  it('filters by date_from and date_to, a bare date covering its whole day', async () => {
    const host = await signUp(target.current);
    const day1 = fromNow(target.current, DAY);
    const day3 = fromNow(target.current, 3 * DAY);
    await hostSession(target.current, host, { title: 'd1', start_time: day1 });
    await hostSession(target.current, host, { title: 'd3', start_time: day3 });
    expect(await titles(host, { date_to: day1.slice(0, 10) })).toEqual(['d1']);
    expect(await titles(host, { date_from: day3.slice(0, 10) })).toEqual(['d3']);
    expect(await titles(host, { date_from: day1, date_to: day3 })).toEqual(['d1', 'd3']);
  });

  it('refuses an invalid filter value with a field error', async () => {
    const host = await signUp(target.current);
    const response = await host.client.sessions.list({ query: { date_from: 'yesterday' } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ date_from: ['Enter a valid date or date/time (ISO 8601).'] });
  });
});

describe('GET /api/sessions/my_sessions/, created_sessions/, joined_sessions/', () => {
  async function world() {
    const me = await signUp(target.current);
    const other = await signUp(target.current);
    await hostSession(target.current, me, { title: 'mine', start_time: fromNow(target.current, 2 * HOUR) });
    const theirs = await hostSession(target.current, other, {
      title: 'theirs',
      start_time: fromNow(target.current, HOUR),
    });
    const left = await hostSession(target.current, other, {
      title: 'left',
      start_time: fromNow(target.current, 3 * HOUR),
    });
    await hostSession(target.current, other, { title: 'unrelated' });
    await me.client.sessions.join({ params: { id: theirs.id }, body: {} });
    await me.client.sessions.join({ params: { id: left.id }, body: {} });
    await me.client.sessions.leave({ params: { id: left.id } });
    return me;
  }
  const names = (response: { body: unknown }) =>
    (response.body as { title: string }[]).map((session) => session.title);

  it('lists hosted and attended sessions by role, ordered by start time', async () => {
    const me = await world();
    expect(names(await me.client.sessions.mySessions())).toEqual(['theirs', 'mine']);
    expect(names(await me.client.sessions.mySessions({ query: { role: 'hosting' } }))).toEqual(['mine']);
    expect(names(await me.client.sessions.mySessions({ query: { role: 'attending' } }))).toEqual(['theirs']);
  });

  it('lists hosted sessions in created_sessions and attended ones in joined_sessions', async () => {
    const me = await world();
    expect(names(await me.client.sessions.createdSessions())).toEqual(['mine']);
    expect(names(await me.client.sessions.joinedSessions())).toEqual(['theirs']);
  });
});

describe('GET /api/sessions/monthly_sessions/', () => {
  it('answers the seed’s three errors', async () => {
    const me = await signUp(target.current);
    const ask = (query: { month?: string; year?: string }) => me.client.sessions.monthlySessions({ query });
    expect((await ask({ month: '3' })).body).toEqual({ error: 'Both month and year are required.' });
    expect((await ask({ month: 'march', year: '2026' })).body).toEqual({
      error: 'Month and year must be valid integers.',
    });
    expect((await ask({ month: '13', year: '2026' })).body).toEqual({
      error: 'Month must be between 1 and 12.',
    });
    expect((await ask({ month: '13', year: '2026' })).status).toBe(400);
  });

  it('lists the sessions the caller hosts or attends that start in that month', async () => {
    const me = await signUp(target.current);
    const other = await signUp(target.current);
    await hostSession(target.current, me, { title: 'march-mine', start_time: '2026-03-20T10:00:00Z' });
    const joined = await hostSession(target.current, other, {
      title: 'march-joined',
      start_time: '2026-03-31T23:30:00Z',
    });
    await hostSession(target.current, other, { title: 'march-not-mine', start_time: '2026-03-25T10:00:00Z' });
    await hostSession(target.current, me, { title: 'april-mine', start_time: '2026-04-01T00:00:00Z' });
    await me.client.sessions.join({ params: { id: joined.id }, body: {} });
    const response = await me.client.sessions.monthlySessions({ query: { month: '3', year: '2026' } });
    expect((response.body as { title: string }[]).map((session) => session.title)).toEqual([
      'march-mine',
      'march-joined',
    ]);
  });
});

describe('GET /api/sessions/nearby/', () => {
  const HCMC = { latitude: 10.762622, longitude: 106.660172 };
  /** About 1.1 km and 3.3 km north of HCMC, and ~20 km away. */
  const near = { latitude: 10.772622, longitude: 106.660172 };
  const further = { latitude: 10.792622, longitude: 106.660172 };
  const far = { latitude: 10.942622, longitude: 106.660172 };
  const inPerson = { session_type: 'in_person' as const, location_name: 'Cafe', meeting_link: '' };

  it('needs the caller’s location', async () => {
    const me = await signUp(target.current);
    const response = await me.client.sessions.nearby();
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ detail: 'Set your location first (POST /api/users/location/).' });
  });

  it('lists open sessions within 5 km by default, nearest first, with their distance', async () => {
    const me = await signUp(target.current);
    const host = await signUp(target.current);
    await me.client.location.update({ body: HCMC });
    await hostSession(target.current, host, { ...inPerson, title: 'further', ...further });
    await hostSession(target.current, host, { ...inPerson, title: 'near', ...near });
    await hostSession(target.current, host, { ...inPerson, title: 'far', ...far });
    await hostSession(target.current, host, { title: 'nowhere' });
    const cancelled = await hostSession(target.current, host, { ...inPerson, title: 'cancelled', ...near });
    await host.client.sessions.cancel({ params: { id: cancelled.id } });
    const response = await me.client.sessions.nearby();
    expect(response.status).toBe(200);
    if (response.status !== 200) return;
    expect(response.body.map((session) => [session.title, session.distance_km])).toEqual([
      ['near', 1.11],
      ['further', 3.34],
    ]);
    const wide = await me.client.sessions.nearby({ query: { radius_km: 25 } });
    expect(wide.status === 200 && wide.body.map((session) => session.title)).toEqual([
      'near',
      'further',
      'far',
    ]);
  });

  it('leaves out completed sessions and filters by session_type', async () => {
    const me = await signUp(target.current);
    const host = await signUp(target.current);
    await me.client.location.update({ body: HCMC });
    await hostSession(target.current, host, {
      ...inPerson,
      title: 'soon-over',
      ...near,
      start_time: fromNow(target.current, HOUR),
    });
    await hostSession(target.current, host, {
      title: 'hybrid',
      session_type: 'hybrid',
      location_name: 'Cafe',
      ...near,
      start_time: fromNow(target.current, DAY),
    });
    target.current.clock.advance(3 * HOUR);
    await me.client.location.update({ body: HCMC });
    const response = await me.client.sessions.nearby();
    expect(response.status === 200 && response.body.map((session) => session.title)).toEqual(['hybrid']);
    const inPersonOnly = await me.client.sessions.nearby({ query: { session_type: 'in_person' } });
    expect(inPersonOnly.body).toEqual([]);
  });
});
