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

export interface LoginAttemptRepo {
  lockedUntil(email: string): Promise<Date | null>;
  /**
   * Records a failure and answers how many failures the email has had since `since`. Also
   * forgets every email's failures before `since` and the locks that ended by `at`.
   */
  recordFailure(email: string, at: Date, since: Date): Promise<number>;
  lock(email: string, until: Date): Promise<void>;
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
