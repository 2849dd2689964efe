import type { NewUser, UserChanges, UserRecord, UserRepo } from '../store.js';
import { sqlState, UNIQUE_VIOLATION, type Database } from './database.js';
import { boundingBox, countsByKey, distanceKm, selectSlice, SqlParams, whereAll } from './sql-listing.js';

interface UserRow {
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
}

const USER_COLUMNS = `id, email, password_hash, full_name, phone, school_id, major, year, bio, avatar_url,
  learning_radius_km, privacy_level, status, is_staff, last_active_at, created_at, latitude, longitude,
  location_updated_at, last_seen_at`;

function toUser(row: UserRow): UserRecord {
  return {
    id: row.id,
    email: row.email,
    passwordHash: row.password_hash,
    fullName: row.full_name,
    phone: row.phone,
    schoolId: row.school_id,
    major: row.major,
    year: row.year,
    bio: row.bio,
    avatarUrl: row.avatar_url,
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
  };
}

/** Columns a change may set: the port's field names, never a name from a request. */
const CHANGE_COLUMNS = {
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
  lastSeenAt: 'last_seen_at',
} as const satisfies Record<Exclude<keyof UserChanges, 'location'>, string>;

function assignments(changes: UserChanges, params: SqlParams): string[] {
  const set = Object.entries(CHANGE_COLUMNS).flatMap(([field, column]) => {
    const value = changes[field as keyof typeof CHANGE_COLUMNS];
    return value === undefined ? [] : [`${column} = ${params.add(value)}`];
  });
  if (changes.location !== undefined) {
    const { location } = changes;
    set.push(
      `latitude = ${params.add(location?.latitude ?? null)}`,
      `longitude = ${params.add(location?.longitude ?? null)}`,
      `location_updated_at = ${params.add(location?.updatedAt ?? null)}`,
    );
  }
  return set;
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
      try {
        const [row] = await database.query<UserRow>(
          `INSERT INTO users (email, password_hash, full_name, phone, school_id, major, year, bio, avatar_url,
             learning_radius_km, privacy_level, status, is_staff, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
           RETURNING ${USER_COLUMNS}`,
          [
            ...[user.email, user.passwordHash, user.fullName, user.phone, user.schoolId, user.major],
            ...[user.year, user.bio, user.avatarUrl, user.learningRadiusKm, user.privacyLevel],
            ...[user.status, user.isStaff, user.createdAt],
          ],
        );
        if (!row) throw new Error('INSERT … RETURNING gave no row');
        return toUser(row);
      } catch (error) {
        if (sqlState(error) === UNIQUE_VIOLATION) return 'email_taken';
        throw error;
      }
    },
    findById: (id) => findOne('id = $1', id),
    findByEmail: (email) => findOne('lower(email) = lower($1)', email),
    findByIds: async (ids) => {
      const rows = await database.query<UserRow>(
        `SELECT ${USER_COLUMNS} FROM users WHERE id = ANY($1::int[])`,
        [ids],
      );
      return new Map(rows.map((row) => [row.id, toUser(row)]));
    },
    update: async (id, changes) => {
      const params = new SqlParams();
      const set = assignments(changes, params);
      if (set.length === 0) return findOne('id = $1', id);
      const [row] = await database.query<UserRow>(
        `UPDATE users SET ${set.join(', ')} WHERE id = ${params.add(id)} RETURNING ${USER_COLUMNS}`,
        params.values,
      );
      return row ? toUser(row) : null;
    },
    countBySchool: async (schoolIds) => {
      const rows = await database.query<{ key: number; count: number }>(
        'SELECT school_id AS key, count(*)::int AS count FROM users WHERE school_id = ANY($1::int[]) GROUP BY school_id',
        [schoolIds],
      );
      return countsByKey(schoolIds, rows);
    },
    nearby: (filter, slice) => {
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
      return selectSlice(
        database,
        {
          select: `${USER_COLUMNS}, ${distance} AS distance_km`,
          from: `FROM users ${where}`,
          orderBy: 'ORDER BY distance_km, id',
          params,
          map: (row: UserRow & { distance_km: number }) => ({
            user: toUser(row),
            distanceKm: row.distance_km,
          }),
        },
        slice,
      );
    },
  };
}
