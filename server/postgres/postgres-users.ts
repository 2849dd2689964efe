import type { NewUser, UserRecord, UserRepo, UserSummaryRecord } from '@studymate/core';
import { UNIQUE_VIOLATION, type Database } from './database.js';
import { columnValues, locationValues, type ColumnNames } from './sql-columns.js';
import { boundingBox, distanceKm } from './sql-geo.js';
import { reviveTimestamps } from './json-rows.js';
import { schoolOf, selected as selectedSchool, type SchoolRow } from './postgres-schools.js';
import { batchedRead } from './read-batch.js';
import { countsByKey, sliceClause, SqlParams, whereAll } from './sql-listing.js';
import { selectPage } from './sql-pages.js';
import { insertRow, refuseOnViolation, updateRow } from './sql-rows.js';

export interface UserRow {
  id: number;
  email: string;
  password_hash: string;
  full_name: string;
  phone: string;
  school_id: number | null;
  major: string;
  year: number | null;
  bio: string;
  avatar_url: string | null;
  learning_radius_km: number;
  privacy_level: UserRecord['privacyLevel'];
  status: UserRecord['status'];
  is_staff: boolean;
  last_active_at: Date | null;
  created_at: Date;
  latitude: number | null;
  longitude: number | null;
  location_updated_at: Date | null;
  last_seen_at: Date | null;
  password_version: number;
  password_change_session_id: string | null;
}

/** The user columns, unqualified, as `UserRow` names them. */
export const USER_COLUMNS = `id, email, password_hash, full_name, phone, school_id, major, year, bio, avatar_url,
  learning_radius_km, privacy_level, status, is_staff, last_active_at, created_at, latitude, longitude,
  location_updated_at, last_seen_at, password_version, password_change_session_id`;

export const USER_TIMESTAMPS = ['last_active_at', 'created_at', 'location_updated_at', 'last_seen_at'];

/** The columns of `UserSummaryRecord`, unqualified: a list's hosts. */
export const USER_SUMMARY_COLUMNS = 'id, email, full_name, avatar_url, school_id, major, year';

export type UserSummaryRow = Pick<
  UserRow,
  'id' | 'email' | 'full_name' | 'avatar_url' | 'school_id' | 'major' | 'year'
>;

export function toUserSummary(row: UserSummaryRow): UserSummaryRecord {
  return {
    id: row.id,
    email: row.email,
    fullName: row.full_name,
    avatarUrl: row.avatar_url,
    schoolId: row.school_id,
    major: row.major,
    year: row.year,
  };
}

export function toUser(row: UserRow): UserRecord {
  return {
    ...toUserSummary(row),
    passwordHash: row.password_hash,
    phone: row.phone,
    bio: row.bio,
    learningRadiusKm: row.learning_radius_km,
    privacyLevel: row.privacy_level,
    status: row.status,
    isStaff: row.is_staff,
    lastActiveAt: row.last_active_at,
    createdAt: row.created_at,
    location:
      row.latitude === null || row.longitude === null || row.location_updated_at === null
        ? null
        : { latitude: row.latitude, longitude: row.longitude, updatedAt: row.location_updated_at },
    lastSeenAt: row.last_seen_at,
    passwordVersion: row.password_version,
    passwordChangeSessionId: row.password_change_session_id,
  };
}

/** Each stored field and its column: the port's field names, never a name from a request. */
const COLUMNS = {
  email: 'email',
  passwordHash: 'password_hash',
  fullName: 'full_name',
  phone: 'phone',
  schoolId: 'school_id',
  major: 'major',
  year: 'year',
  bio: 'bio',
  avatarUrl: 'avatar_url',
  learningRadiusKm: 'learning_radius_km',
  privacyLevel: 'privacy_level',
  status: 'status',
  isStaff: 'is_staff',
  lastActiveAt: 'last_active_at',
  createdAt: 'created_at',
  lastSeenAt: 'last_seen_at',
  passwordVersion: 'password_version',
  passwordChangeSessionId: 'password_change_session_id',
} as const satisfies ColumnNames<Omit<UserRecord, 'id' | 'location'>>;

/** The columns and values of a new user or a change; a location is three columns. */
function valuesOf(fields: Partial<Omit<UserRecord, 'id'>>): Record<string, unknown> {
  const { location } = fields;
  return {
    ...columnValues<Omit<UserRecord, 'id' | 'location'>>(fields, COLUMNS),
    ...locationValues(location),
    ...(location === undefined ? {} : { location_updated_at: location?.updatedAt ?? null }),
  };
}

export function createPostgresUsers(database: Database): UserRepo {
  const findOne = async (condition: string, value: unknown) => {
    const [row] = await database.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE ${condition}`, [
      value,
    ]);
    return row ? toUser(row) : null;
  };
  return {
    create: async (user: NewUser) => {
      const row = await refuseOnViolation(
        insertRow<UserRow>(database, 'users', { values: valuesOf(user), returning: USER_COLUMNS }),
        { [UNIQUE_VIOLATION]: 'email_taken' as const },
      );
      return typeof row === 'string' ? row : toUser(row);
    },
    findById: (id) => findOne('id = $1', id),
    findByEmail: (email) => findOne('lower(email) = lower($1)', email),
    findByIds: async (ids) => {
      if (ids.length === 0) return new Map();
      const rows = await batchedRead<UserRow>(database, {
        text: `SELECT ${USER_COLUMNS} FROM users WHERE id = ANY($1::int[])`,
        params: [ids],
        timestamps: USER_TIMESTAMPS,
      });
      return new Map(rows.map((row) => [row.id, toUser(row)]));
    },
    update: async (id, changes) => {
      const row = await updateRow<UserRow>(database, 'users', {
        id,
        values: valuesOf(changes),
        returning: USER_COLUMNS,
      });
      return row ? toUser(row) : null;
    },
    countBySchool: async (schoolIds) => {
      const rows = await database.query<{ key: number; count: number }>(
        'SELECT school_id AS key, count(*)::int AS count FROM users WHERE school_id = ANY($1::int[]) GROUP BY school_id',
        [schoolIds],
      );
      return countsByKey(schoolIds, rows);
    },
    nearby: async (filter, slice) => {
      const params = new SqlParams();
      const area = { center: filter.center, radiusKm: filter.radiusKm };
      const distance = distanceKm(area, params);
      // Discover's privacy rule: open always, friends_of_friends when listed, private never.
      const where = whereAll([
        `status = 'active'`,
        'latitude IS NOT NULL',
        boundingBox(area, params),
        `${distance} <= ${params.add(filter.radiusKm)}`,
        `NOT (id = ANY(${params.add(filter.excludeIds)}::int[]))`,
        `(privacy_level = 'open' OR (privacy_level = 'friends_of_friends' AND id = ANY(${params.add(filter.friendsOfFriendsIds)}::int[])))`,
      ]);
      const page = await selectPage<UserRow & { distance_km: number }, { schools: SchoolRow }>(database, {
        select: `SELECT ${USER_COLUMNS}, ${distance} AS distance_km FROM users ${where}
          ORDER BY distance_km, id ${sliceClause(slice, params)}`,
        order: 'distance_km, id',
        params,
        count: `SELECT count(*) FROM users ${where}`,
        related: {
          schools: `SELECT ${selectedSchool()} FROM schools WHERE id IN (SELECT school_id FROM page)`,
        },
      });
      const schools = new Map(
        reviveTimestamps(page.related.schools, ['created_at', 'updated_at']).map((row) => [
          row.id,
          schoolOf(row),
        ]),
      );
      return {
        count: page.count ?? 0,
        rows: reviveTimestamps(page.rows, USER_TIMESTAMPS).map((row) => ({
          user: toUser(row),
          distanceKm: row.distance_km,
          school: row.school_id === null ? null : (schools.get(row.school_id) ?? null),
        })),
      };
    },
  };
}
