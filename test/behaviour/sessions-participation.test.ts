import { describe, expect, it } from 'vitest';
import { signUp } from '../support/factories.js';
import { fromNow, HOUR, hostSession, MINUTE } from '../support/sessions.js';
import { raceSetting } from '../support/race-setting.js';
import { bodyOf, statusAndBody } from '../support/responses.js';
import { useTarget } from '../targets/index.js';

const target = useTarget();

async function sessionWithGuest(overrides: Parameters<typeof hostSession>[2] = {}) {
  const host = await signUp(target.current);
  const guest = await signUp(target.current);
  const session = await hostSession(target.current, host, overrides);
  const id = session.id;
  return { host, guest, session, id };
}

describe('POST /api/sessions/{id}/join/', () => {
  it('registers the caller with their notes and takes a seat', async () => {
    const { guest, id } = await sessionWithGuest({ max_participants: 4 });
    const response = await guest.client.sessions.join({
      params: { id },
      body: { notes: 'Looking forward!' },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      user: { id: guest.user.id },
      status: 'registered',
      notes: 'Looking forward!',
      check_in_time: null,
      duration_minutes: null,
    });
    const after = await guest.client.sessions.get({ params: { id } });
    expect(after.body).toMatchObject({
      participant_count: 2,
      available_spots: 2,
      is_participant: true,
      can_join: false,
      can_leave: true,
    });
  });

  it('joins with no body at all', async () => {
    const { guest, id } = await sessionWithGuest();
    const response = await fetch(`${target.current.baseUrl}/api/sessions/${id}/join/`, {
      method: 'POST',
      headers: { authorization: `Bearer ${guest.client.tokens.get()?.access ?? ''}` },
    });
    expect(response.status).toBe(200);
  });

  it('refuses a join when the session is full', async () => {
    const { guest, id } = await sessionWithGuest({ max_participants: 2 });
    await guest.client.sessions.join({ params: { id }, body: {} });
    const late = await signUp(target.current);
    const response = await late.client.sessions.join({ params: { id }, body: {} });
    expect(statusAndBody(response)).toEqual({ status: 400, body: { detail: 'This session is full.' } });
    expect((await late.client.sessions.get({ params: { id } })).body).toMatchObject({
      is_full: true,
      can_join: false,
    });
  });

  it(`fills exactly the free seats when many join at once ${raceSetting()}`, async () => {
    const { id } = await sessionWithGuest({ max_participants: 4 });
    const guests = await Promise.all(Array.from({ length: 8 }, () => signUp(target.current)));
    const responses = await Promise.all(
      guests.map((guest) => guest.client.sessions.join({ params: { id }, body: {} })),
    );
    expect(responses.filter((response) => response.status === 200)).toHaveLength(3);
    expect(responses.filter((response) => response.status === 400)).toHaveLength(5);
  });

  it('refuses a second join, and the host joining their own session', async () => {
    const { host, guest, id } = await sessionWithGuest();
    await guest.client.sessions.join({ params: { id }, body: {} });
    for (const user of [guest, host]) {
      const response = await user.client.sessions.join({ params: { id }, body: {} });
      expect(statusAndBody(response)).toEqual({
        status: 400,
        body: { detail: 'You are already registered for this session.' },
      });
    }
  });

  it('accepts joins while in progress but not once completed or cancelled', async () => {
    const { guest, id } = await sessionWithGuest({ start_time: fromNow(target.current, HOUR) });
    target.current.clock.advance(HOUR + MINUTE);
    expect((await guest.client.sessions.join({ params: { id }, body: {} })).status).toBe(200);
    const other = await sessionWithGuest();
    await other.host.client.sessions.cancel({ params: { id: other.id } });
    const refused = await other.guest.client.sessions.join({ params: { id: other.id }, body: {} });
    expect(statusAndBody(refused)).toEqual({
      status: 400,
      body: { detail: 'You can only join an upcoming or in-progress session.' },
    });
    target.current.clock.advance(2 * HOUR);
    const late = await signUp(target.current);
    expect((await late.client.sessions.join({ params: { id }, body: {} })).status).toBe(400);
  });

  it('re-registers the same participant row after leaving', async () => {
    const { guest, id } = await sessionWithGuest();
    const first = bodyOf(await guest.client.sessions.join({ params: { id }, body: { notes: 'first' } }), 200);
    await guest.client.sessions.leave({ params: { id } });
    const again = await guest.client.sessions.join({ params: { id }, body: { notes: 'back' } });
    expect(again.body).toMatchObject({
      id: first.id,
      status: 'registered',
      notes: 'back',
    });
  });

  it('answers 404 for an unknown session', async () => {
    const user = await signUp(target.current);
    expect((await user.client.sessions.join({ params: { id: 424_242 }, body: {} })).status).toBe(404);
  });
});

describe('POST /api/sessions/{id}/leave/', () => {
  it('gives the seat back', async () => {
    const { guest, id } = await sessionWithGuest({ max_participants: 2 });
    await guest.client.sessions.join({ params: { id }, body: {} });
    const response = await guest.client.sessions.leave({ params: { id } });
    expect(response.body).toEqual({ message: 'You have left the session.' });
    expect((await guest.client.sessions.get({ params: { id } })).body).toMatchObject({
      participant_count: 1,
      is_participant: false,
      can_join: true,
    });
  });

  it('refuses the host', async () => {
    const { host, id } = await sessionWithGuest();
    const response = await host.client.sessions.leave({ params: { id } });
    expect(statusAndBody(response)).toEqual({
      status: 400,
      body: { detail: 'The host cannot leave their own session; cancel it instead.' },
    });
  });

  it('refuses someone who is not registered', async () => {
    const { guest, id } = await sessionWithGuest();
    expect(statusAndBody(await guest.client.sessions.leave({ params: { id } }))).toEqual({
      status: 400,
      body: { detail: 'You are not registered for this session.' },
    });
  });

  it('refuses a participant who has checked in', async () => {
    const { guest, id } = await sessionWithGuest({ start_time: fromNow(target.current, 10 * MINUTE) });
    await guest.client.sessions.join({ params: { id }, body: {} });
    await guest.client.sessions.checkIn({ params: { id } });
    expect(statusAndBody(await guest.client.sessions.leave({ params: { id } }))).toEqual({
      status: 400,
      body: { detail: 'You cannot leave after checking in.' },
    });
  });
});

describe('POST /api/sessions/{id}/check_in/', () => {
  it('opens 30 minutes before the start, not a second earlier', async () => {
    const { guest, id } = await sessionWithGuest({ start_time: fromNow(target.current, HOUR) });
    await guest.client.sessions.join({ params: { id }, body: {} });
    target.current.clock.advance(30 * MINUTE - 1000);
    const early = await guest.client.sessions.checkIn({ params: { id } });
    expect(statusAndBody(early)).toEqual({
      status: 400,
      body: { detail: 'Check-in opens 30 minutes before the session starts.' },
    });
    target.current.clock.advance(1000);
    const response = await guest.client.sessions.checkIn({ params: { id } });
    expect(response.body).toMatchObject({
      status: 'attended',
      check_in_time: target.current.clock.now().toISOString(),
    });
    expect((await guest.client.sessions.get({ params: { id } })).body).toMatchObject({
      is_checked_in: true,
      can_leave: false,
    });
  });

  it('closes at the end time', async () => {
    const { guest, id } = await sessionWithGuest({
      start_time: fromNow(target.current, HOUR),
      duration_minutes: 60,
    });
    await guest.client.sessions.join({ params: { id }, body: {} });
    target.current.clock.advance(2 * HOUR);
    expect(statusAndBody(await guest.client.sessions.checkIn({ params: { id } }))).toEqual({
      status: 400,
      body: { detail: 'Check-in is closed: the session has ended.' },
    });
  });

  it('refuses someone who is not registered, twice the same participant, and a cancelled session', async () => {
    const { host, guest, id } = await sessionWithGuest({ start_time: fromNow(target.current, 5 * MINUTE) });
    expect(statusAndBody(await guest.client.sessions.checkIn({ params: { id } }))).toEqual({
      status: 400,
      body: { detail: 'You are not registered for this session.' },
    });
    await host.client.sessions.checkIn({ params: { id } });
    expect(statusAndBody(await host.client.sessions.checkIn({ params: { id } }))).toEqual({
      status: 400,
      body: { detail: 'You have already checked in.' },
    });
    await host.client.sessions.cancel({ params: { id } });
    await guest.client.sessions.join({ params: { id }, body: {} });
    expect(statusAndBody(await guest.client.sessions.checkIn({ params: { id } }))).toEqual({
      status: 400,
      body: { detail: 'This session has been cancelled.' },
    });
  });
});

describe('POST /api/sessions/{id}/check_out/', () => {
  it('records the whole minutes between check-in and check-out', async () => {
    const { guest, id } = await sessionWithGuest({ start_time: fromNow(target.current, 5 * MINUTE) });
    await guest.client.sessions.join({ params: { id }, body: {} });
    await guest.client.sessions.checkIn({ params: { id } });
    target.current.clock.advance(115 * MINUTE + 59 * 1000);
    const response = await guest.client.sessions.checkOut({ params: { id } });
    expect(response.body).toMatchObject({
      status: 'attended',
      check_out_time: target.current.clock.now().toISOString(),
      duration_minutes: 115,
    });
  });

  it('refuses a participant who has not checked in, and a second check-out', async () => {
    const { guest, id } = await sessionWithGuest({ start_time: fromNow(target.current, 5 * MINUTE) });
    await guest.client.sessions.join({ params: { id }, body: {} });
    expect(statusAndBody(await guest.client.sessions.checkOut({ params: { id } }))).toEqual({
      status: 400,
      body: { detail: 'You have not checked in.' },
    });
    await guest.client.sessions.checkIn({ params: { id } });
    await guest.client.sessions.checkOut({ params: { id } });
    expect(statusAndBody(await guest.client.sessions.checkOut({ params: { id } }))).toEqual({
      status: 400,
      body: { detail: 'You have already checked out.' },
    });
  });
});

describe('GET /api/sessions/{id}/participants/', () => {
  it('pages participants 12 at a time in joining order', async () => {
    const { host, id } = await sessionWithGuest();
    const guests = [];
    for (let index = 0; index < 13; index += 1) {
      const guest = await signUp(target.current);
      await guest.client.sessions.join({ params: { id }, body: {} });
      guests.push(guest);
    }
    const first = await host.client.sessions.participants({ params: { id } });
    expect(first.status).toBe(200);
    if (first.status !== 200) return;
    expect(first.body.count).toBe(14);
    expect(first.body.results).toHaveLength(12);
    expect(first.body.results[0]?.user.id).toBe(host.user.id);
    expect(first.body.next).toBe(`${target.current.baseUrl}/api/sessions/${id}/participants/?page=2`);
    const second = await host.client.sessions.participants({ params: { id }, query: { page: 2 } });
    expect(second.status === 200 && second.body.results.map((row) => row.user.id)).toEqual(
      guests.slice(11).map((guest) => guest.user.id),
    );
  });

  it('answers 404 for an unknown session', async () => {
    const user = await signUp(target.current);
    expect((await user.client.sessions.participants({ params: { id: 777_777 } })).status).toBe(404);
  });
});
