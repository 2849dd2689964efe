import type {
  ListedSessionRecord,
  ParticipantChanges,
  ParticipantRecord,
  SessionFilter,
  SessionRecord,
  StoredParticipantStatus,
} from '@studymate/core';
import type { RecurrencePattern, SessionStatus, SessionType } from '@studymate/contract';
import { columnValues, locationValues, pointOf, type ColumnNames } from './sql-columns.js';
import type { SqlParams } from './sql-listing.js';

export interface SessionRow {
  id: number;
  host_id: number;
  title: string;
  description: string;
  subject_id: number | null;
  session_type: SessionType;
  location_name: string;
  location_address: string;
  latitude: number | null;
  longitude: number | null;
  meeting_link: string;
  start_time: Date;
  duration_minutes: number;
  recurrence_pattern: RecurrencePattern;
  recurrence_end_date: string | null;
  max_participants: number | null;
  started_at: Date | null;
  completed_at: Date | null;
  cancelled_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

/** The columns of `LISTED_SESSION_COLUMNS`. */
export type ListedSessionRow = Pick<
  SessionRow,
  | 'id'
  | 'host_id'
  | 'title'
  | 'description'
  | 'subject_id'
  | 'session_type'
  | 'location_name'
  | 'start_time'
  | 'duration_minutes'
  | 'max_participants'
  | 'started_at'
  | 'completed_at'
  | 'cancelled_at'
  | 'created_at'
>;

export interface ParticipantRow {
  id: number;
  session_id: number;
  user_id: number;
  status: StoredParticipantStatus;
  check_in_time: Date | null;
  check_out_time: Date | null;
  duration_minutes: number | null;
  notes: string;
  joined_at: Date;
  updated_at: Date;
}

/** The columns of a `ListedSessionRecord`: what a list shows of a session. */
const LISTED_SESSION_FIELDS = [
  'id, host_id, title, description, subject_id, session_type, location_name, start_time',
  'duration_minutes, max_participants, started_at, completed_at, cancelled_at, created_at',
].join(', ');
const SESSION_FIELDS = [
  LISTED_SESSION_FIELDS,
  'location_address, latitude, longitude, meeting_link, recurrence_pattern',
  'recurrence_end_date::text AS recurrence_end_date, updated_at',
].join(', ');
const PARTICIPANT_FIELDS =
  'id, session_id, user_id, status, check_in_time, check_out_time, duration_minutes, notes, joined_at, updated_at';

const qualified = (fields: string, alias: string) =>
  fields.replace(/(^|, )(\w+)/g, (_match, separator: string, name: string) => `${separator}${alias}.${name}`);

/** The session columns of table alias `s`, as `SessionRow` names them. */
export const SESSION_COLUMNS = qualified(SESSION_FIELDS, 's');
/** The listed session columns of table alias `s`, as `ListedSessionRow` names them. */
export const LISTED_SESSION_COLUMNS = qualified(LISTED_SESSION_FIELDS, 's');
/** The participant columns of table alias `p`, as `ParticipantRow` names them. */
export const PARTICIPANT_COLUMNS = qualified(PARTICIPANT_FIELDS, 'p');
/** The participant columns of alias `p`, each prefixed `participant_` (for joins with sessions). */
export const PREFIXED_PARTICIPANT_COLUMNS = PARTICIPANT_FIELDS.split(', ')
  .map((name) => `p.${name} AS participant_${name}`)
  .join(', ');

/** The timestamptz columns of `LISTED_SESSION_COLUMNS` (for rows read as JSON). */
export const LISTED_SESSION_TIMESTAMPS = [
  'start_time',
  'started_at',
  'completed_at',
  'cancelled_at',
  'created_at',
];
/** The timestamptz columns of `SESSION_COLUMNS` (for rows read as JSON). */
export const SESSION_TIMESTAMPS = [...LISTED_SESSION_TIMESTAMPS, 'updated_at'];

/** The timestamptz columns of `PARTICIPANT_COLUMNS` (for `batchedRead`). */
export const PARTICIPANT_TIMESTAMPS = ['check_in_time', 'check_out_time', 'joined_at', 'updated_at'];

/** Registered or attended, as SQL over alias `p`: the row holds a seat. */
export const HOLDS_SEAT = `p.status IN ('registered', 'attended')`;

export const toListedSessionRecord = (row: ListedSessionRow): ListedSessionRecord => ({
  id: row.id,
  hostId: row.host_id,
  title: row.title,
  description: row.description,
  subjectId: row.subject_id,
  sessionType: row.session_type,
  locationName: row.location_name,
  startTime: row.start_time,
  durationMinutes: row.duration_minutes,
  maxParticipants: row.max_participants,
  startedAt: row.started_at,
  completedAt: row.completed_at,
  cancelledAt: row.cancelled_at,
  createdAt: row.created_at,
});

export const toSessionRecord = (row: SessionRow): SessionRecord => ({
  ...toListedSessionRecord(row),
  locationAddress: row.location_address,
  location: pointOf(row),
  meetingLink: row.meeting_link,
  recurrencePattern: row.recurrence_pattern,
  recurrenceEndDate: row.recurrence_end_date,
  updatedAt: row.updated_at,
});

export const toParticipantRecord = (row: ParticipantRow): ParticipantRecord => ({
  id: row.id,
  sessionId: row.session_id,
  userId: row.user_id,
  status: row.status,
  checkInTime: row.check_in_time,
  checkOutTime: row.check_out_time,
  durationMinutes: row.duration_minutes,
  notes: row.notes,
  joinedAt: row.joined_at,
  updatedAt: row.updated_at,
});

/** The participant half of a row selected with `PREFIXED_PARTICIPANT_COLUMNS`. */
export function unprefixParticipant(row: Record<string, unknown>): ParticipantRow {
  const found: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key.startsWith('participant_')) found[key.slice('participant_'.length)] = value;
  }
  return found as unknown as ParticipantRow;
}

const NOT_CLOSED = 's.cancelled_at IS NULL AND s.completed_at IS NULL';
/** The partial index `study_sessions_not_started` (upcoming is a range of start times there). */
const NOT_STARTED = `${NOT_CLOSED} AND s.started_at IS NULL`;
/** The partial index `study_sessions_started_end` (in progress is a range of end times there). */
const STARTED = `${NOT_CLOSED} AND s.started_at IS NOT NULL`;

/**
 * `effectiveSessionStatus` in SQL over alias `s`, as conditions on stored times an index can
 * serve: cancelled, else completed (by the host or past its end), else in progress (by the host
 * or past its start), else upcoming. `at` is the clock's placeholder.
 */
function statusCondition(status: SessionStatus, clock: () => string): string {
  if (status === 'cancelled') return 's.cancelled_at IS NOT NULL';
  const at = clock();
  switch (status) {
    case 'completed':
      return `(s.cancelled_at IS NULL AND (s.completed_at IS NOT NULL OR s.end_time <= ${at}))`;
    case 'in_progress':
      return `(${NOT_CLOSED} AND s.end_time > ${at} AND (s.started_at IS NOT NULL OR s.start_time <= ${at}))`;
    case 'upcoming':
      return `(${NOT_STARTED} AND s.start_time > ${at} AND s.end_time > ${at})`;
  }
}

function statusesCondition(statuses: SessionStatus[], clock: () => string): string {
  if (statuses.length === 0) return 'false';
  return `(${statuses.map((status) => statusCondition(status, clock)).join(' OR ')})`;
}

/**
 * A placeholder added on first use: a parameter no statement text reads has no type Postgres
 * can infer, so every parameter added must be used.
 */
function lazyParam(params: SqlParams, value: unknown, type: string): () => string {
  let placeholder: string | undefined;
  return () => (placeholder ??= `${params.add(value)}::${type}`);
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * How many sessions have these statuses at `now`, from the counters the writes keep
 * (`session_counts`, per stored state and UTC day of start and end; migration 4) plus exact
 * counts of the sessions whose start or end falls on the current day: a sum over days and two
 * index range scans over one day, never a scan of every matching session. Exact: the counters
 * change in the writing transaction, so one statement sees them and the rows alike.
 */
function sessionCountSql(statuses: SessionStatus[], now: Date, params: SqlParams): string {
  const dayStartTime = Math.floor(now.getTime() / DAY) * DAY;
  const atParam = lazyParam(params, now, 'timestamptz');
  const dayParam = lazyParam(params, new Date(dayStartTime).toISOString().slice(0, 10), 'date');
  const dayStartParam = lazyParam(params, new Date(dayStartTime), 'timestamptz');
  const dayEndParam = lazyParam(params, new Date(dayStartTime + DAY), 'timestamptz');
  const counted = (where: string) => `(SELECT coalesce(sum(count), 0) FROM session_counts WHERE ${where})`;
  const rows = (where: string) => `(SELECT count(*) FROM study_sessions s WHERE ${where})`;
  const upcoming = () => {
    const [at, day, dayStart, dayEnd] = [atParam(), dayParam(), dayStartParam(), dayEndParam()];
    return `${counted(`state = 'pending' AND start_day > ${day}`)}
    + ${rows(`${NOT_STARTED} AND s.start_time >= ${dayStart} AND s.start_time < ${dayEnd} AND s.start_time > ${at}`)}`;
  };
  const inProgress = () => {
    const [at, day, dayStart, dayEnd] = [atParam(), dayParam(), dayStartParam(), dayEndParam()];
    return `${counted(`state = 'started' AND end_day > ${day}`)}
    + ${rows(`${STARTED} AND s.end_time >= ${dayStart} AND s.end_time < ${dayEnd} AND s.end_time > ${at}`)}
    + ${counted(`state = 'pending' AND start_day < ${day} AND end_day > ${day}`)}
    + ${rows(`${NOT_STARTED} AND s.start_time >= ${dayStart} AND s.start_time < ${dayEnd} AND s.start_time <= ${at} AND s.end_time > ${at}`)}
    + ${rows(`${NOT_STARTED} AND s.end_time >= ${dayStart} AND s.end_time < ${dayEnd} AND s.start_time < ${dayStart} AND s.end_time > ${at}`)}`;
  };
  const total = counted('true');
  const cancelled = counted(`state = 'cancelled'`);
  const byStatus: Record<SessionStatus, () => string> = {
    upcoming,
    in_progress: inProgress,
    cancelled: () => cancelled,
    completed: () => `${total} - ${cancelled} - (${upcoming()}) - (${inProgress()})`,
  };
  const wanted = [...new Set(statuses)];
  return wanted.length === 0 ? '0' : wanted.map((status) => `(${byStatus[status]()})`).join(' + ');
}

/**
 * The count of a session list from the counters, when its filter has nothing but statuses (the
 * plain list and `?status=`); undefined when a full count must run.
 */
export function sessionListCount(filter: SessionFilter, params: SqlParams): string | undefined {
  const { now, statuses, ...narrowing } = filter;
  if (Object.values(narrowing).some((value) => value !== undefined)) return undefined;
  if (statuses === undefined) return `(SELECT coalesce(sum(count), 0) FROM session_counts)`;
  return sessionCountSql(statuses, now, params);
}

/** The sessions in which the user holds a seat (index `session_participants_user`). */
const seatedIn = (userIdPlaceholder: string) =>
  `SELECT p.session_id FROM session_participants p WHERE p.user_id = ${userIdPlaceholder} AND ${HOLDS_SEAT}`;

const attends = (userIdPlaceholder: string) =>
  `(s.host_id <> ${userIdPlaceholder} AND s.id IN (${seatedIn(userIdPlaceholder)}))`;

/** Hosting or holding a seat: the user's own sessions, found from both indexes, never a scan. */
const involves = (userIdPlaceholder: string) =>
  `s.id IN (SELECT h.id FROM study_sessions h WHERE h.host_id = ${userIdPlaceholder} UNION ${seatedIn(userIdPlaceholder)})`;

/** The conditions of a session filter over alias `s`, the same rules as the memory store. */
export function sessionConditions(filter: SessionFilter, params: SqlParams): (string | false | undefined)[] {
  const involved = filter.involvedUserId === undefined ? undefined : params.add(filter.involvedUserId);
  return [
    filter.statuses && statusesCondition(filter.statuses, lazyParam(params, filter.now, 'timestamptz')),
    filter.sessionType && `s.session_type = ${params.add(filter.sessionType)}`,
    filter.subjectId !== undefined && `s.subject_id = ${params.add(filter.subjectId)}`,
    filter.startFrom && `s.start_time >= ${params.add(filter.startFrom)}`,
    filter.startUntil && `s.start_time <= ${params.add(filter.startUntil)}`,
    filter.hostId !== undefined && `s.host_id = ${params.add(filter.hostId)}`,
    filter.attendeeId !== undefined && attends(params.add(filter.attendeeId)),
    involved !== undefined && involves(involved),
    filter.hasLocation !== undefined && `s.latitude IS ${filter.hasLocation ? 'NOT ' : ''}NULL`,
  ];
}

type SessionFields = Omit<SessionRecord, 'id' | 'location'>;

/** Each stored field of a session and its column: the port's names, never a name from a request. */
const SESSION_FIELD_COLUMNS: ColumnNames<SessionFields> = {
  hostId: 'host_id',
  title: 'title',
  description: 'description',
  subjectId: 'subject_id',
  sessionType: 'session_type',
  locationName: 'location_name',
  locationAddress: 'location_address',
  meetingLink: 'meeting_link',
  startTime: 'start_time',
  durationMinutes: 'duration_minutes',
  recurrencePattern: 'recurrence_pattern',
  recurrenceEndDate: 'recurrence_end_date',
  maxParticipants: 'max_participants',
  startedAt: 'started_at',
  completedAt: 'completed_at',
  cancelledAt: 'cancelled_at',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
};

const PARTICIPANT_CHANGE_COLUMNS: ColumnNames<ParticipantChanges> = {
  status: 'status',
  checkInTime: 'check_in_time',
  checkOutTime: 'check_out_time',
  durationMinutes: 'duration_minutes',
  notes: 'notes',
  updatedAt: 'updated_at',
};

/** The columns and values of a new session or a change (a location is two columns). */
export const sessionValues = (fields: Partial<Omit<SessionRecord, 'id'>>): Record<string, unknown> => ({
  ...columnValues<SessionFields>(fields, SESSION_FIELD_COLUMNS),
  ...locationValues(fields.location),
});

/** The columns and values of a participant change. */
export const participantValues = (changes: ParticipantChanges): Record<string, unknown> =>
  columnValues(changes, PARTICIPANT_CHANGE_COLUMNS);
