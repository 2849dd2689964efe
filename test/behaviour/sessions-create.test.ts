import { describe, expect, it } from 'vitest';
import { signUp } from '../support/factories.js';
import { DAY, fromNow, HOUR, sessionBody } from '../support/sessions.js';
import { useTarget } from '../targets/index.js';

const target = useTarget();

describe('POST /api/sessions/', () => {
  it('creates an upcoming session hosted by the caller, who is its first participant', async () => {
    const host = await signUp(target.current);
    const body = sessionBody(target.current, { max_participants: 5, duration_minutes: 90 });
    const response = await host.client.sessions.create({ body });
    expect(response.status).toBe(201);
    if (response.status !== 201) return;
    expect(response.body).toMatchObject({
      title: body.title,
      host: { id: host.user.id, email: host.email },
      subject: null,
      session_type: 'virtual',
      meeting_link: body.meeting_link,
      start_time: body.start_time,
      end_time: new Date(Date.parse(body.start_time) + 90 * 60 * 1000).toISOString(),
      duration_minutes: 90,
      recurrence_pattern: 'none',
      recurrence_end_date: null,
      geom_point: null,
      status: 'upcoming',
      participant_count: 1,
      max_participants: 5,
      available_spots: 4,
      is_full: false,
      is_host: true,
      is_participant: true,
      is_checked_in: false,
      can_join: false,
      can_leave: false,
      can_edit: true,
      can_cancel: true,
    });
    const participants = await host.client.sessions.participants({ params: { id: response.body.id } });
    expect(
      participants.status === 200 && participants.body.results.map((row) => [row.user.id, row.status]),
    ).toEqual([[host.user.id, 'registered']]);
  });

  it('answers available_spots null when there is no limit', async () => {
    const host = await signUp(target.current);
    const response = await host.client.sessions.create({
      body: sessionBody(target.current, { max_participants: null }),
    });
    expect(response.body).toMatchObject({ max_participants: null, available_spots: null, is_full: false });
  });

  it('refuses a start time that is not in the future', async () => {
    const host = await signUp(target.current);
    for (const start_time of [fromNow(target.current, -HOUR), fromNow(target.current, 0)]) {
      const response = await host.client.sessions.create({
        body: sessionBody(target.current, { start_time }),
      });
      expect(response.status).toBe(400);
      expect(response.body).toEqual({ start_time: ['Start time must be in the future.'] });
    }
  });

  it('accepts a duration of 1 to 1440 minutes and refuses anything else', async () => {
    const host = await signUp(target.current);
    const create = (duration_minutes: number) =>
      host.client.sessions.create({ body: sessionBody(target.current, { duration_minutes }) });
    expect((await create(1)).status).toBe(201);
    expect((await create(1440)).status).toBe(201);
    expect((await create(0)).body).toEqual({
      duration_minutes: ['Ensure this value is greater than or equal to 1.'],
    });
    expect((await create(1441)).body).toEqual({
      duration_minutes: ['Ensure this value is less than or equal to 1440.'],
    });
  });

  it('refuses max_participants below 2', async () => {
    const host = await signUp(target.current);
    const response = await host.client.sessions.create({
      body: sessionBody(target.current, { max_participants: 1 }),
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ max_participants: ['Ensure this value is greater than or equal to 2.'] });
  });

  it('needs a meeting link for a virtual session', async () => {
    const host = await signUp(target.current);
    const response = await host.client.sessions.create({
      body: sessionBody(target.current, { meeting_link: '' }),
    });
    expect(response.body).toEqual({
      meeting_link: ['A meeting link is required for virtual and hybrid sessions.'],
    });
  });

  it('needs a location name for an in-person session, and no meeting link', async () => {
    const host = await signUp(target.current);
    const body = { ...sessionBody(target.current, { session_type: 'in_person' }), meeting_link: undefined };
    const missing = await host.client.sessions.create({ body });
    expect(missing.body).toEqual({
      location_name: ['A location name is required for in-person and hybrid sessions.'],
    });
    const created = await host.client.sessions.create({
      body: { ...body, location_name: 'Library Room 301' },
    });
    expect(created.status).toBe(201);
  });

  it('needs both a location name and a meeting link for a hybrid session', async () => {
    const host = await signUp(target.current);
    const response = await host.client.sessions.create({
      body: sessionBody(target.current, { session_type: 'hybrid', meeting_link: '' }),
    });
    expect(response.body).toEqual({
      meeting_link: ['A meeting link is required for virtual and hybrid sessions.'],
      location_name: ['A location name is required for in-person and hybrid sessions.'],
    });
  });

  it('needs an end date for a recurring session, on or after the start date', async () => {
    const host = await signUp(target.current);
    const start_time = fromNow(target.current, 3 * DAY);
    const create = (recurrence_end_date: string | null) =>
      host.client.sessions.create({
        body: sessionBody(target.current, { start_time, recurrence_pattern: 'weekly', recurrence_end_date }),
      });
    expect((await create(null)).body).toEqual({
      recurrence_end_date: ['An end date is required for a recurring session.'],
    });
    const dayBefore = new Date(Date.parse(start_time) - DAY).toISOString().slice(0, 10);
    expect((await create(dayBefore)).body).toEqual({
      recurrence_end_date: ['The end date cannot be before the start date.'],
    });
    const sameDay = start_time.slice(0, 10);
    const created = await create(sameDay);
    expect(created.body).toMatchObject({ recurrence_pattern: 'weekly', recurrence_end_date: sameDay });
  });

  it('refuses a subject that does not exist and embeds one that does', async () => {
    const host = await signUp(target.current);
    const unknown = await host.client.sessions.create({
      body: sessionBody(target.current, { subject: 99_999 }),
    });
    expect(unknown.body).toEqual({ subject: ['Invalid pk "99999" - object does not exist.'] });
    const subject = await target.current.addSubject({
      code: 'MATH101',
      name_en: 'Calculus I',
      name_vi: 'Giải tích I',
    });
    const created = await host.client.sessions.create({
      body: sessionBody(target.current, { subject: subject.id }),
    });
    expect(created.body).toMatchObject({ subject });
  });

  it('stores coordinates as a GeoJSON point and refuses half a pair', async () => {
    const host = await signUp(target.current);
    const half = await host.client.sessions.create({
      body: sessionBody(target.current, { latitude: 10.76 }),
    });
    expect(half.body).toEqual({ non_field_errors: ['Latitude and longitude must be given together.'] });
    const created = await host.client.sessions.create({
      body: sessionBody(target.current, { latitude: 10.762622, longitude: 106.660172 }),
    });
    expect(created.body).toMatchObject({
      geom_point: { type: 'Point', coordinates: [106.660172, 10.762622] },
    });
  });

  it('ignores read-only fields such as host, status and participant_count', async () => {
    const host = await signUp(target.current);
    const other = await signUp(target.current);
    const body = {
      ...sessionBody(target.current),
      host: other.user.id,
      status: 'completed',
      participant_count: 9,
    };
    const response = await host.client.sessions.create({ body });
    expect(response.body).toMatchObject({
      host: { id: host.user.id },
      status: 'upcoming',
      participant_count: 1,
    });
  });

  it('names every missing required field', async () => {
    const host = await signUp(target.current);
    const response = await host.client.sessions.create({ body: {} as never });
    expect(response.body).toEqual({
      title: ['This field is required.'],
      session_type: ['This field is required.'],
      start_time: ['This field is required.'],
      duration_minutes: ['This field is required.'],
    });
  });
});
