import { TIMESTAMP_RANGE, type FieldErrors, type SessionPatchRequest } from '@studymate/contract';
import type { SessionRecord, Store } from '../../ports/store/store.js';
import { readCoordinatePair } from '../../rules/geo/coordinate-pair.js';

const MINUTE = 60_000;

/** The writable part of a session record. */
export type SessionFields = Pick<
  SessionRecord,
  | 'title'
  | 'description'
  | 'subjectId'
  | 'sessionType'
  | 'locationName'
  | 'locationAddress'
  | 'location'
  | 'meetingLink'
  | 'startTime'
  | 'durationMinutes'
  | 'maxParticipants'
  | 'recurrencePattern'
  | 'recurrenceEndDate'
>;

export function pickSessionFields(session: SessionRecord): SessionFields {
  const { title, description, subjectId, sessionType, locationName, locationAddress, location, meetingLink } =
    session;
  const { startTime, durationMinutes, maxParticipants, recurrencePattern, recurrenceEndDate } = session;
  return {
    ...{ title, description, subjectId, sessionType, locationName, locationAddress, location, meetingLink },
    ...{ startTime, durationMinutes, maxParticipants, recurrencePattern, recurrenceEndDate },
  };
}

export const EMPTY_OPTIONAL_FIELDS = {
  description: '',
  subjectId: null,
  locationName: '',
  locationAddress: '',
  location: null,
  meetingLink: '',
  maxParticipants: null,
  recurrencePattern: 'none',
  recurrenceEndDate: null,
} as const satisfies Partial<SessionFields>;

/** Overlays the fields a request sent on the current ones; coordinates travel as a pair. */
export function applySessionRequest(
  current: SessionFields,
  body: SessionPatchRequest,
): { fields: SessionFields; errors: FieldErrors } {
  const fields = { ...current };
  const errors: FieldErrors = {};
  if (body.title !== undefined) fields.title = body.title;
  if (body.description !== undefined) fields.description = body.description;
  if (body.subject !== undefined) fields.subjectId = body.subject;
  if (body.session_type !== undefined) fields.sessionType = body.session_type;
  if (body.location_name !== undefined) fields.locationName = body.location_name;
  if (body.location_address !== undefined) fields.locationAddress = body.location_address;
  if (body.meeting_link !== undefined) fields.meetingLink = body.meeting_link;
  if (body.start_time !== undefined) fields.startTime = new Date(body.start_time);
  if (body.duration_minutes !== undefined) fields.durationMinutes = body.duration_minutes;
  if (body.max_participants !== undefined) fields.maxParticipants = body.max_participants;
  if (body.recurrence_pattern !== undefined) fields.recurrencePattern = body.recurrence_pattern;
  if (body.recurrence_end_date !== undefined) fields.recurrenceEndDate = body.recurrence_end_date;
  fields.location = readCoordinatePair(body, current.location, errors);
  return { fields, errors };
}

export interface SessionRuleContext {
  store: Store;
  now: Date;
  /** The start time before this write; the future rule holds only for a new start time. */
  previousStartTime: Date | null;
  /** Seats already taken, on updates. */
  seatsTaken: number;
}

/** DESIGN §4.2 create/update rules that need more than one field, the clock or the store. */
export async function checkSessionRules(
  fields: SessionFields,
  context: SessionRuleContext,
  earlier: FieldErrors = {},
): Promise<FieldErrors> {
  const errors: FieldErrors = { ...earlier };
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  const startChanged = context.previousStartTime?.getTime() !== fields.startTime.getTime();
  if (startChanged && fields.startTime <= context.now) add('start_time', 'Start time must be in the future.');
  // Its end_time could not be presented (Django's datetimes stop at 9999): refused before any write.
  if (fields.startTime.getTime() + fields.durationMinutes * MINUTE > TIMESTAMP_RANGE.latest) {
    add('start_time', 'The session must end before the year 10000.');
  }
  if (fields.sessionType !== 'in_person' && !fields.meetingLink) {
    add('meeting_link', 'A meeting link is required for virtual and hybrid sessions.');
  }
  if (fields.sessionType !== 'virtual' && !fields.locationName) {
    add('location_name', 'A location name is required for in-person and hybrid sessions.');
  }
  if (fields.recurrencePattern !== 'none') {
    if (!fields.recurrenceEndDate)
      add('recurrence_end_date', 'An end date is required for a recurring session.');
    else if (fields.recurrenceEndDate < fields.startTime.toISOString().slice(0, 10)) {
      add('recurrence_end_date', 'The end date cannot be before the start date.');
    }
  }
  if (fields.maxParticipants !== null && fields.maxParticipants < context.seatsTaken) {
    add('max_participants', belowSeatsTaken(context.seatsTaken));
  }
  if (fields.subjectId !== null && !(await context.store.subjects.findById(fields.subjectId))) {
    add('subject', `Invalid pk "${fields.subjectId}" - object does not exist.`);
  }
  return errors;
}

/** The refusal of a capacity below the seats already taken. */
export const belowSeatsTaken = (seatsTaken: number) =>
  `Cannot be lower than the current number of participants (${seatsTaken}).`;
