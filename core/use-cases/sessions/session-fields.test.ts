import { describe, expect, it } from 'vitest';
import type { SessionRecord } from '../../ports/store/store.js';
import type { Store } from '../../ports/store/store.js';
import {
  applySessionRequest,
  checkSessionRules,
  EMPTY_OPTIONAL_FIELDS,
  pickSessionFields,
  type SessionFields,
  type SessionRuleContext,
} from './session-fields.js';

const now = new Date('2026-03-01T10:00:00Z');
const tomorrow = new Date('2026-03-02T10:00:00Z');

const fields = (overrides: Partial<SessionFields> = {}): SessionFields => ({
  ...EMPTY_OPTIONAL_FIELDS,
  title: 'Algebra',
  sessionType: 'in_person',
  locationName: 'Library',
  startTime: tomorrow,
  durationMinutes: 60,
  ...overrides,
});

/** A store that knows subject 5 only. */
const store = {
  subjects: { findById: (id: number) => Promise.resolve(id === 5 ? { id } : null) },
} as unknown as Store;

const context = (overrides: Partial<SessionRuleContext> = {}): SessionRuleContext => ({
  store,
  now,
  previousStartTime: null,
  seatsTaken: 0,
  ...overrides,
});

describe('pickSessionFields', () => {
  it('keeps the writable fields of a record and drops the rest', () => {
    const writable = fields({ subjectId: 5, location: { latitude: 1, longitude: 2 }, maxParticipants: 4 });
    const record = {
      ...writable,
      id: 9,
      hostId: 3,
      startedAt: null,
      createdAt: now,
    } as unknown as SessionRecord;
    expect(pickSessionFields(record)).toEqual(writable);
  });
});

describe('applySessionRequest', () => {
  it('keeps every current field when the request sends none', () => {
    const current = fields({ location: { latitude: 1, longitude: 2 } });
    expect(applySessionRequest(current, {})).toEqual({ fields: current, errors: {} });
  });

  it('overlays every field the request sends, under its record name', () => {
    const { fields: applied } = applySessionRequest(fields(), {
      title: 'Geometry',
      description: 'Triangles',
      subject: 5,
      session_type: 'hybrid',
      location_name: 'Hall',
      location_address: '1 Main St',
      meeting_link: 'https://meet.test/x',
      start_time: '2026-04-01T08:00:00Z',
      duration_minutes: 45,
      max_participants: 8,
      recurrence_pattern: 'weekly',
      recurrence_end_date: '2026-05-01',
      latitude: 10,
      longitude: 20,
    });
    expect(applied).toEqual({
      title: 'Geometry',
      description: 'Triangles',
      subjectId: 5,
      sessionType: 'hybrid',
      locationName: 'Hall',
      locationAddress: '1 Main St',
      location: { latitude: 10, longitude: 20 },
      meetingLink: 'https://meet.test/x',
      startTime: new Date('2026-04-01T08:00:00Z'),
      durationMinutes: 45,
      maxParticipants: 8,
      recurrencePattern: 'weekly',
      recurrenceEndDate: '2026-05-01',
    });
  });

  it('clears nullable fields the request sends as null', () => {
    const current = fields({ subjectId: 5, maxParticipants: 4, recurrenceEndDate: '2026-05-01' });
    const { fields: applied } = applySessionRequest(current, {
      subject: null,
      max_participants: null,
      recurrence_end_date: null,
    });
    expect(applied).toMatchObject({ subjectId: null, maxParticipants: null, recurrenceEndDate: null });
  });

  it('reports half a coordinate pair and keeps the current location', () => {
    const current = fields({ location: { latitude: 1, longitude: 2 } });
    const { fields: applied, errors } = applySessionRequest(current, { latitude: 5 });
    expect(applied.location).toEqual({ latitude: 1, longitude: 2 });
    expect(errors).toEqual({ non_field_errors: ['Latitude and longitude must be given together.'] });
  });

  it('does not change the current fields it was given', () => {
    const current = fields();
    applySessionRequest(current, { title: 'Changed' });
    expect(current.title).toBe('Algebra');
  });
});

describe('checkSessionRules', () => {
  it('accepts a valid in-person session', async () => {
    expect(await checkSessionRules(fields(), context())).toEqual({});
  });

  it('refuses a new start time that is not in the future', async () => {
    const errors = await checkSessionRules(fields({ startTime: now }), context());
    expect(errors).toEqual({ start_time: ['Start time must be in the future.'] });
  });

  it('accepts a start time one millisecond in the future', async () => {
    const errors = await checkSessionRules(fields({ startTime: new Date(now.getTime() + 1) }), context());
    expect(errors).toEqual({});
  });

  it('keeps an unchanged past start time on update', async () => {
    const past = new Date('2026-02-01T10:00:00Z');
    const errors = await checkSessionRules(fields({ startTime: past }), context({ previousStartTime: past }));
    expect(errors).toEqual({});
  });

  it('refuses a changed start time in the past on update', async () => {
    const past = new Date('2026-02-01T10:00:00Z');
    const errors = await checkSessionRules(
      fields({ startTime: past }),
      context({ previousStartTime: new Date('2026-02-02T10:00:00Z') }),
    );
    expect(errors).toEqual({ start_time: ['Start time must be in the future.'] });
  });

  it('refuses a session that would end after year 9999, and accepts one ending at its last minute', async () => {
    const lastStart = new Date('9999-12-31T23:00:00Z');
    expect(await checkSessionRules(fields({ startTime: lastStart, durationMinutes: 60 }), context())).toEqual(
      {
        start_time: ['The session must end before the year 10000.'],
      },
    );
    expect(await checkSessionRules(fields({ startTime: lastStart, durationMinutes: 59 }), context())).toEqual(
      {},
    );
  });

  it('accepts a session ending at the last presentable instant, 9999-12-31T23:59:59.999Z', async () => {
    const startTime = new Date('9999-12-31T23:58:59.999Z');
    expect(await checkSessionRules(fields({ startTime, durationMinutes: 1 }), context())).toEqual({});
  });

  it('requires a meeting link for virtual and hybrid sessions', async () => {
    const message = { meeting_link: ['A meeting link is required for virtual and hybrid sessions.'] };
    expect(await checkSessionRules(fields({ sessionType: 'virtual', locationName: '' }), context())).toEqual(
      message,
    );
    expect(await checkSessionRules(fields({ sessionType: 'hybrid' }), context())).toEqual(message);
    const virtual = fields({ sessionType: 'virtual', locationName: '', meetingLink: 'https://meet.test/x' });
    expect(await checkSessionRules(virtual, context())).toEqual({});
  });

  it('requires a location name for in-person and hybrid sessions', async () => {
    const message = { location_name: ['A location name is required for in-person and hybrid sessions.'] };
    expect(await checkSessionRules(fields({ locationName: '' }), context())).toEqual(message);
    const hybrid = fields({ sessionType: 'hybrid', locationName: '', meetingLink: 'https://meet.test/x' });
    expect(await checkSessionRules(hybrid, context())).toEqual(message);
  });

  it('requires an end date for a recurring session', async () => {
    expect(await checkSessionRules(fields({ recurrencePattern: 'weekly' }), context())).toEqual({
      recurrence_end_date: ['An end date is required for a recurring session.'],
    });
  });

  it('refuses an end date before the start date, and accepts one on the start date', async () => {
    const recurring = (recurrenceEndDate: string) =>
      fields({ recurrencePattern: 'daily', recurrenceEndDate });
    expect(await checkSessionRules(recurring('2026-03-01'), context())).toEqual({
      recurrence_end_date: ['The end date cannot be before the start date.'],
    });
    expect(await checkSessionRules(recurring('2026-03-02'), context())).toEqual({});
  });

  it('ignores the end date of a session that does not recur', async () => {
    expect(await checkSessionRules(fields({ recurrenceEndDate: '2000-01-01' }), context())).toEqual({});
  });

  it('refuses a capacity below the seats already taken, and accepts one equal to them', async () => {
    expect(await checkSessionRules(fields({ maxParticipants: 2 }), context({ seatsTaken: 3 }))).toEqual({
      max_participants: ['Cannot be lower than the current number of participants (3).'],
    });
    expect(await checkSessionRules(fields({ maxParticipants: 3 }), context({ seatsTaken: 3 }))).toEqual({});
    expect(await checkSessionRules(fields({ maxParticipants: null }), context({ seatsTaken: 3 }))).toEqual(
      {},
    );
  });

  it('refuses a subject that does not exist', async () => {
    expect(await checkSessionRules(fields({ subjectId: 6 }), context())).toEqual({
      subject: ['Invalid pk "6" - object does not exist.'],
    });
    expect(await checkSessionRules(fields({ subjectId: 5 }), context())).toEqual({});
  });

  it('adds its errors to the earlier ones, two on one field in order', async () => {
    const errors = await checkSessionRules(
      fields({ startTime: new Date('9999-12-31T23:30:00Z'), durationMinutes: 60 }),
      context({ previousStartTime: new Date('2026-01-01T00:00:00Z'), now: new Date('9999-12-31T23:45:00Z') }),
      { title: ['This field may not be blank.'] },
    );
    expect(errors).toEqual({
      title: ['This field may not be blank.'],
      start_time: ['Start time must be in the future.', 'The session must end before the year 10000.'],
    });
  });
});
