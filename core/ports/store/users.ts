import type { PrivacyLevel, UserStatus } from '@studymate/contract';
import type { SchoolRecord } from './schools.js';
import type { GeoPoint, Slice, SliceResult } from './shared.js';

/** Profile fields a user edits; camelCase twins of the wire fields. */
export interface UserProfileFields {
  fullName: string;
  phone: string;
  schoolId: number | null;
  major: string;
  year: number | null;
  bio: string;
  avatarUrl: string | null;
  learningRadiusKm: number;
  privacyLevel: PrivacyLevel;
}

export interface CurrentLocationRecord extends GeoPoint {
  updatedAt: Date;
}

export interface UserRecord extends UserProfileFields {
  id: number;
  /** Stored as given; unique case-insensitively. */
  email: string;
  passwordHash: string;
  status: UserStatus;
  isStaff: boolean;
  lastActiveAt: Date | null;
  createdAt: Date;
  location: CurrentLocationRecord | null;
  /** When the user's last chat socket closed; null if never connected. */
  lastSeenAt: Date | null;
  /**
   * How many times the password changed (0 at first). A token issued under a smaller number is
   * refused, unless it belongs to `passwordChangeSessionId`: a password change ends the other sessions.
   */
  passwordVersion: number;
  /** The sign-in session the latest password change was made in (its tokens live on); null before one. */
  passwordChangeSessionId: string | null;
}

/** What a user embedded in another resource shows (`UserSummary` on the wire): a list's host. */
export type UserSummaryRecord = Pick<
  UserRecord,
  'id' | 'email' | 'fullName' | 'avatarUrl' | 'schoolId' | 'major' | 'year'
>;

export type NewUser = Omit<
  UserRecord,
  'id' | 'lastActiveAt' | 'location' | 'lastSeenAt' | 'passwordVersion' | 'passwordChangeSessionId'
>;

export type UserChanges = Partial<Omit<UserRecord, 'id' | 'email' | 'createdAt'>>;

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
  /**
   * Active users with a location within the radius, nearest first, minus `excludeIds`; see
   * `NearbyUserFilter`. Each with their school, read with the page.
   */
  nearby(
    filter: NearbyUserFilter,
    slice: Slice,
  ): Promise<SliceResult<{ user: UserRecord; distanceKm: number; school: SchoolRecord | null }>>;
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
