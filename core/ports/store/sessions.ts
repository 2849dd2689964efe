import type { RecurrencePattern, SessionStatus, SessionType } from '@studymate/contract';
import type { GeoPoint, Slice, SliceResult } from './shared.js';
import type { SubjectRecord } from './subjects.js';
import type { UserRecord, UserSummaryRecord } from './users.js';

/** Stored participant statuses; `no_show` is derived when the session completes. */
export type StoredParticipantStatus = 'registered' | 'attended' | 'cancelled';

export interface SessionRecord {
  id: number;
  hostId: number;
  title: string;
  description: string;
  subjectId: number | null;
  sessionType: SessionType;
  locationName: string;
  locationAddress: string;
  location: GeoPoint | null;
  meetingLink: string;
  startTime: Date;
  durationMinutes: number;
  recurrencePattern: RecurrencePattern;
  /** YYYY-MM-DD */
  recurrenceEndDate: string | null;
  maxParticipants: number | null;
  /** Host actions; the effective status also reads the clock. */
  startedAt: Date | null;
  completedAt: Date | null;
  cancelledAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export type NewSession = Omit<SessionRecord, 'id' | 'startedAt' | 'completedAt' | 'cancelledAt'>;
export type SessionChanges = Partial<Omit<SessionRecord, 'id' | 'hostId' | 'createdAt'>>;

export interface ParticipantRecord {
  id: number;
  sessionId: number;
  userId: number;
  status: StoredParticipantStatus;
  checkInTime: Date | null;
  checkOutTime: Date | null;
  durationMinutes: number | null;
  notes: string;
  joinedAt: Date;
  updatedAt: Date;
}

export type ParticipantChanges = Partial<Omit<ParticipantRecord, 'id' | 'sessionId' | 'userId' | 'joinedAt'>>;

/** Which sessions a list wants; every field narrows, `now` fixes the effective status. */
export interface SessionFilter {
  now: Date;
  statuses?: SessionStatus[];
  sessionType?: SessionType;
  subjectId?: number;
  /** Start time at or after. */
  startFrom?: Date;
  /** Start time at or before. */
  startUntil?: Date;
  hostId?: number;
  /** Registered or attended, not hosting. */
  attendeeId?: number;
  /** Hosting, or registered or attended. */
  involvedUserId?: number;
  hasLocation?: boolean;
}

export type RegisterOutcome = ParticipantRecord | 'not_found' | 'already_registered' | 'full';

export interface Participation {
  participant: ParticipantRecord;
  session: SessionRecord;
}

/** What a session's shapes show of the caller's own participant row: its stored status. */
export type CallerParticipation = Pick<ParticipantRecord, 'status'>;

/**
 * What a list shows of a session: every field but the address, the position, the meeting link,
 * the recurrence and the last update, which only a session's detail shows.
 */
export type ListedSessionRecord = Omit<
  SessionRecord,
  'locationAddress' | 'location' | 'meetingLink' | 'recurrencePattern' | 'recurrenceEndDate' | 'updatedAt'
>;

/**
 * A listed session with the rows its shapes show besides its own, read with it: its host, its
 * subject, the seats taken (registered plus attended), and the caller's participation. The session
 * is what a list shows of it, or (a detail's view) the whole record.
 */
export interface ListedSession<Session extends ListedSessionRecord = ListedSessionRecord> {
  session: Session;
  host: UserSummaryRecord;
  subject: SubjectRecord | null;
  participantCount: number;
  callerParticipant: CallerParticipation | null;
}

/** A participant row with its user, read with it. */
export interface ListedParticipant {
  participant: ParticipantRecord;
  user: UserRecord;
}

export interface SessionRepo {
  /** Creates the session with its host registered as the first participant, in one step. */
  create(session: NewSession): Promise<SessionRecord>;
  findById(id: number): Promise<SessionRecord | null>;
  update(id: number, changes: SessionChanges): Promise<SessionRecord | null>;
  /**
   * `update`, unless a new `maxParticipants` is below the seats already taken: checked and written
   * under the session's lock, so no join slips in between. The refusal carries the seats taken.
   */
  updateWithinCapacity(
    id: number,
    changes: SessionChanges,
  ): Promise<SessionRecord | null | { seatsTaken: number }>;
  /**
   * Ordered by start time, then id; each session with its related rows as `callerId` sees them,
   * read with the page (Postgres: one statement for the page, its count and its related rows).
   */
  list(filter: SessionFilter, slice: Slice, callerId: number): Promise<SliceResult<ListedSession>>;
  /** Sessions with a location within `radiusKm` of `center`, nearest first, with their related rows as `list`. */
  nearby(
    filter: SessionFilter,
    area: { center: GeoPoint; radiusKm: number; limit: number },
    callerId: number,
  ): Promise<(ListedSession & { distanceKm: number })[]>;
  /** Registered plus attended participants per session. */
  countActiveParticipants(sessionIds: number[]): Promise<Map<number, number>>;
  /** The user's participant row in each of these sessions, where there is one. */
  participationsOf(userId: number, sessionIds: number[]): Promise<Map<number, ParticipantRecord>>;
  /** Every participant row of the user, with its session. */
  participationsOfUser(userId: number): Promise<Participation[]>;
  findParticipant(sessionId: number, userId: number): Promise<ParticipantRecord | null>;
  /**
   * Registers the user, or re-registers their cancelled row, unless they are registered or
   * attended already or the session is full: check and write in one atomic step.
   */
  register(registration: {
    sessionId: number;
    userId: number;
    notes: string;
    at: Date;
  }): Promise<RegisterOutcome>;
  updateParticipant(id: number, changes: ParticipantChanges): Promise<ParticipantRecord | null>;
  /** In joining order, each with its user, read with the page. */
  listParticipants(sessionId: number, slice: Slice): Promise<SliceResult<ListedParticipant>>;
}
