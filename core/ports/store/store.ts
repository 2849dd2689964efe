import type { ChatRepo } from './chat-store.js';
import type { ConnectionRequestRepo } from './connection-store.js';
import type { GroupRepo } from './group-store.js';
import type { CityRepo, GoalRepo, SchoolRepo, SubjectRepo } from './reference-store.js';
import type { UserGoalRepo, UserSubjectRepo } from './user-interest-store.js';
import type { SessionRepo } from './session-store.js';
import type {
  GeoPoint,
  LocationHistoryRecord,
  NewLocationHistory,
  NewUser,
  Slice,
  SliceResult,
  UserChanges,
  UserRecord,
} from './records.js';

export type * from './records.js';
export type * from './session-store.js';
export type * from './group-store.js';
export type * from './chat-store.js';
export type * from './connection-store.js';
export type * from './reference-records.js';
export type * from './reference-store.js';
export type * from './user-interest-store.js';

export interface UserRepo {
  /** Creates the user unless the email is taken (case-insensitive), in one atomic step. */
  create(user: NewUser): Promise<UserRecord | 'email_taken'>;
  findById(id: number): Promise<UserRecord | null>;
  /** Case-insensitive. */
  findByEmail(email: string): Promise<UserRecord | null>;
  findByIds(ids: number[]): Promise<Map<number, UserRecord>>;
  update(id: number, changes: UserChanges): Promise<UserRecord | null>;
  /** Users per school. */
  countBySchool(schoolIds: number[]): Promise<Map<number, number>>;
  /** Active users with a location within the radius, nearest first, minus `excludeIds`; see `NearbyUserFilter`. */
  nearby(
    filter: NearbyUserFilter,
    slice: Slice,
  ): Promise<SliceResult<{ user: UserRecord; distanceKm: number }>>;
}

/**
 * Discover's candidates. `open` users always qualify, `friends_of_friends` users only when in
 * `friendsOfFriendsIds`, `private` users never.
 */
export interface NearbyUserFilter {
  center: GeoPoint;
  radiusKm: number;
  excludeIds: number[];
  friendsOfFriendsIds: number[];
}

export interface RevokedTokenRepo {
  /**
   * Revokes a token id; false when it was already revoked (so two rotations cannot both win).
   * Also forgets the revocations of tokens expired before `now`: their expiry refuses them
   * anyway, so the list stays as small as the set of live tokens.
   */
  revoke(jti: string, expiresAt: Date, now: Date): Promise<boolean>;
  isRevoked(jti: string): Promise<boolean>;
}

/** A login attempt about to check a password, and the lockout rule it is counted under. */
export interface LoginAttempt {
  at: Date;
  /** Attempts before this no longer count (the start of the window). */
  since: Date;
  /** The attempt that brings the count since `since` to this number locks the email. */
  maxAttempts: number;
  /** When that lock ends. */
  lockUntil: Date;
}

/**
 * Login attempts and locks per email, case-insensitive. An attempt is counted before its
 * password is checked and stays counted unless a login succeeds (`clear`), so parallel guesses
 * cannot all pass the check before any of them is recorded.
 */
export interface LoginAttemptRepo {
  /**
   * In one atomic step per email: answers the end of the email's lock when it is locked (the
   * attempt is not counted); else counts the attempt, locks the email when it is the
   * `maxAttempts`-th since `since` (this attempt still goes on), and answers null. Also forgets
   * every email's attempts before `since` and the locks that ended by `at`.
   */
  reserve(email: string, attempt: LoginAttempt): Promise<Date | null>;
  /** Forgets the email's attempts and lock (a successful login). */
  clear(email: string): Promise<void>;
}

export interface HistoryFilter {
  userId: number;
  from?: Date;
  to?: Date;
}

export interface LocationHistoryStats {
  count: number;
  first: Date | null;
  last: Date | null;
}

export interface LocationRepo {
  add(row: NewLocationHistory): Promise<LocationHistoryRecord>;
  latest(userId: number): Promise<LocationHistoryRecord | null>;
  /** Newest first. */
  list(filter: HistoryFilter, slice: Slice): Promise<SliceResult<LocationHistoryRecord>>;
  findById(id: number): Promise<LocationHistoryRecord | null>;
  stats(userId: number, since: Date): Promise<LocationHistoryStats>;
}

/** The persistence port. Each area adds its repository here; memory and Postgres implement it. */
export interface Store {
  users: UserRepo;
  cities: CityRepo;
  schools: SchoolRepo;
  revokedTokens: RevokedTokenRepo;
  loginAttempts: LoginAttemptRepo;
  locations: LocationRepo;
  subjects: SubjectRepo;
  goals: GoalRepo;
  userSubjects: UserSubjectRepo;
  userGoals: UserGoalRepo;
  sessions: SessionRepo;
  connectionRequests: ConnectionRequestRepo;
  groups: GroupRepo;
  chat: ChatRepo;
}
