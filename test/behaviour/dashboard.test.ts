import { describe, expect, it } from 'vitest';
import { signUp } from '../support/factories.js';
import { connect, sendRequest } from '../support/matching.js';
import { DAY, fromNow, HOUR, hostSession, MINUTE } from '../support/sessions.js';
import { useTarget } from '../targets/index.js';

const target = useTarget('each');

describe('GET /api/dashboard/statistics/', () => {
  it('answers zeros for a new user', async () => {
    const me = await signUp(target.current);
    const response = await me.client.dashboard.statistics();
    expect(response.status).toBe(200);
    if (response.status !== 200) return;
    expect(Object.values(response.body.connections).every((value) => value === 0)).toBe(true);
    expect(response.body.sessions.sessions_by_type).toEqual({ in_person: 0, virtual: 0, hybrid: 0 });
    expect(response.body.sessions.total_participations).toBe(0);
  });

  it('counts every session field as seed 001 defines it', async () => {
    const me = await signUp(target.current);
    const other = await signUp(target.current);
    const guests = [await signUp(target.current), await signUp(target.current)];
    const room = { session_type: 'in_person' as const, location_name: 'Lab', meeting_link: '' };

    // Hosted: one upcoming with two guests (one leaves), one that will be in progress, one cancelled, one completed.
    const hostedUpcoming = await hostSession(target.current, me, {
      start_time: fromNow(target.current, DAY),
    });
    for (const guest of guests)
      await guest.client.sessions.join({ params: { id: hostedUpcoming.id }, body: {} });
    await guests[1]?.client.sessions.leave({ params: { id: hostedUpcoming.id } });
    await hostSession(target.current, me, { ...room, start_time: fromNow(target.current, 20 * MINUTE) });
    const hostedCancelled = await hostSession(target.current, me, {
      start_time: fromNow(target.current, 2 * DAY),
    });
    await me.client.sessions.cancel({ params: { id: hostedCancelled.id } });
    const hostedDone = await hostSession(target.current, me, {
      session_type: 'hybrid',
      location_name: 'Lab',
      start_time: fromNow(target.current, 10 * MINUTE),
      duration_minutes: 30,
    });

    // Attending: upcoming, in progress (checked in), completed attended, completed no-show, left one, cancelled one.
    const upcoming = await hostSession(target.current, other, { start_time: fromNow(target.current, DAY) });
    const live = await hostSession(target.current, other, {
      ...room,
      start_time: fromNow(target.current, 25 * MINUTE),
      duration_minutes: 120,
    });
    const attended = await hostSession(target.current, other, {
      start_time: fromNow(target.current, 5 * MINUTE),
      duration_minutes: 30,
    });
    const missed = await hostSession(target.current, other, {
      start_time: fromNow(target.current, 5 * MINUTE),
      duration_minutes: 30,
    });
    const left = await hostSession(target.current, other, { start_time: fromNow(target.current, DAY) });
    const called = await hostSession(target.current, other, { start_time: fromNow(target.current, DAY) });
    for (const session of [upcoming, live, attended, missed, left, called]) {
      await me.client.sessions.join({ params: { id: session.id }, body: {} });
    }
    await me.client.sessions.leave({ params: { id: left.id } });
    await other.client.sessions.cancel({ params: { id: called.id } });
    await me.client.sessions.checkIn({ params: { id: attended.id } });
    await me.client.sessions.checkIn({ params: { id: live.id } });
    await me.client.sessions.checkIn({ params: { id: hostedDone.id } });

    target.current.clock.advance(HOUR);
    await me.client.sessions.start({ params: { id: hostedUpcoming.id } });
    // hostedUpcoming is now in progress too, by the host's hand; hostedDone ended by the clock.

    const response = await me.client.dashboard.statistics();
    expect(response.status).toBe(200);
    if (response.status !== 200) return;
    expect(response.body.sessions).toEqual({
      sessions_hosted_total: 4,
      sessions_hosted_upcoming: 0,
      sessions_hosted_in_progress: 2,
      sessions_hosted_completed: 1,
      sessions_hosted_cancelled: 1,
      sessions_attending_total: 3,
      sessions_attending_upcoming: 1,
      sessions_attending_in_progress: 1,
      sessions_attending_completed: 1,
      total_participations: 10,
      participations_attended: 3,
      // Registered rows in upcoming, in-progress and cancelled sessions alike.
      participations_registered: 5,
      participations_no_show: 1,
      participations_cancelled: 1,
      sessions_by_type: { in_person: 2, virtual: 7, hybrid: 1 },
      total_participants_in_hosted_sessions: 1,
    });
  });

  it('counts pending requests each way and accepted connections', async () => {
    const me = await signUp(target.current);
    const [a, b, c, d, e, f] = await Promise.all(Array.from({ length: 6 }, () => signUp(target.current)));
    await sendRequest(me, a!);
    await sendRequest(me, b!);
    await sendRequest(c!, me);
    await connect(me, d!);
    await connect(e!, me);
    const rejected = await sendRequest(f!, me);
    await me.client.matching.rejectRequest({ params: { id: rejected.id } });
    await sendRequest(a!, b!);
    const response = await me.client.dashboard.statistics();
    expect(response.status === 200 && response.body.connections).toEqual({
      sent_pending: 2,
      received_pending: 1,
      accepted_connections: 2,
      total_requests: 3,
    });
  });
});
