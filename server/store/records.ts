import type { PrivacyLevel, UserStatus } from '../../contract/index.js';

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

export interface GeoPoint {
  latitude: number;
  longitude: number;
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
}

export type NewUser = Omit<UserRecord, 'id' | 'lastActiveAt' | 'location' | 'lastSeenAt'>;

export type UserChanges = Partial<Omit<UserRecord, 'id' | 'email' | 'createdAt'>>;

export interface SchoolRecord {
  id: number;
  name: string;
}

export interface LocationHistoryRecord extends GeoPoint {
  id: number;
  userId: number;
  accuracy: number | null;
  recordedAt: Date;
  createdAt: Date;
}

export type NewLocationHistory = Omit<LocationHistoryRecord, 'id'>;

/** A window of a list: which rows, and how many there are in all. */
export interface Slice {
  offset: number;
  limit: number;
}

export interface SliceResult<Row> {
  count: number;
  rows: Row[];
}
