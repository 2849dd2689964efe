/**
 * Bulk seeding for the Postgres benchmarks: N users, sessions, participants and groups in a few
 * `INSERT … SELECT generate_series` statements (100,000 sessions in seconds, where the API would
 * take minutes). Rows are valid by the schema's constraints and the store's rules; run it on a
 * migrated, empty database.
 */
import type { SqlClient } from '../../server/postgres/database.js';

interface SeedCounts {
  users: number;
  sessions: number;
  /** Registered participants per session besides the host (default 2). */
  participantsPerSession?: number;
  groups: number;
}

/**
 * Seeds in id order starting at the next free id; sessions spread their start times over a year
 * around `now`: about half past (completed), a few started or cancelled, the rest upcoming.
 * Answers the ids of the first user (an active user every list can sign in as).
 */
export async function seedPostgres(
  client: SqlClient,
  counts: SeedCounts,
  now: Date = new Date(),
): Promise<{ firstUserId: number }> {
  const extra = counts.participantsPerSession ?? 2;
  const [{ base } = { base: 0 }] = await client.query<{ base: number }>(
    'SELECT coalesce(max(id), 0)::int AS base FROM users',
  );
  await client.query(
    `INSERT INTO users (id, email, password_hash, full_name, phone, major, bio, learning_radius_km,
       privacy_level, status, is_staff, created_at, latitude, longitude, location_updated_at)
     OVERRIDING SYSTEM VALUE
     SELECT $1::int + n, 'seed' || ($1::int + n) || '@example.com', 'x', 'Seed user ' || n, '', '', '', 10,
       'open', 'active', false, $2::timestamptz,
       10 + (n % 1000) / 100.0, 106 + (n % 997) / 100.0, $2::timestamptz
     FROM generate_series(1, $3::int) AS n`,
    [base, now, counts.users],
  );
  await client.query(`SELECT setval(pg_get_serial_sequence('users', 'id'), (SELECT max(id) FROM users))`);
  const [{ sessionBase } = { sessionBase: 0 }] = await client.query<{ sessionBase: number }>(
    'SELECT coalesce(max(id), 0)::int AS "sessionBase" FROM study_sessions',
  );
  const HALF_YEAR_MINUTES = 183 * 24 * 60;
  await client.query(
    `INSERT INTO study_sessions (id, host_id, title, description, session_type, location_name,
       location_address, latitude, longitude, meeting_link, start_time, duration_minutes,
       recurrence_pattern, max_participants, started_at, cancelled_at, created_at, updated_at)
     OVERRIDING SYSTEM VALUE
     SELECT $1::int + n, $2::int + 1 + (n % $3::int), 'Seed session ' || n, '', 'in_person', 'Library', '',
       10 + (n % 1000) / 100.0, 106 + (n % 997) / 100.0, '',
       $4::timestamptz + make_interval(mins => ((n * 7919) % ($5::int * 2)) - $5::int), 60, 'none',
       CASE WHEN n % 3 = 0 THEN NULL ELSE 10 END,
       NULL, CASE WHEN n % 50 = 0 THEN $4::timestamptz END, $4::timestamptz, $4::timestamptz
     FROM generate_series(1, $6::int) AS n`,
    [sessionBase, base, counts.users, now, HALF_YEAR_MINUTES, counts.sessions],
  );
  await client.query(
    `SELECT setval(pg_get_serial_sequence('study_sessions', 'id'), (SELECT max(id) FROM study_sessions))`,
  );
  // The host, then `extra` other users, each registered.
  await client.query(
    `INSERT INTO session_participants (session_id, user_id, status, notes, joined_at, updated_at)
     SELECT s.id, CASE WHEN k = 0 THEN s.host_id ELSE $2::int + 1 + ((s.host_id - $2::int - 1 + k) % $3::int) END,
       'registered', '', $4::timestamptz, $4::timestamptz
     FROM study_sessions s CROSS JOIN generate_series(0, $1::int) AS k
     WHERE s.id > $5::int AND (k = 0 OR $3::int > k)`,
    [extra, base, counts.users, now, sessionBase],
  );
  const [{ groupBase } = { groupBase: 0 }] = await client.query<{ groupBase: number }>(
    'SELECT coalesce(max(id), 0)::int AS "groupBase" FROM study_groups',
  );
  const [{ conversationBase } = { conversationBase: 0 }] = await client.query<{ conversationBase: number }>(
    'SELECT coalesce(max(id), 0)::int AS "conversationBase" FROM conversations',
  );
  await client.query(
    `INSERT INTO conversations (id, kind, participant_ids, created_at, updated_at)
     OVERRIDING SYSTEM VALUE
     SELECT $1::int + n, 'group', ARRAY[$2::int + 1 + (n % $3::int)], $4::timestamptz, $4::timestamptz
     FROM generate_series(1, $5::int) AS n`,
    [conversationBase, base, counts.users, now, counts.groups],
  );
  await client.query(
    `INSERT INTO study_groups (id, name, description, created_by_id, privacy, status, conversation_id,
       created_at, updated_at)
     OVERRIDING SYSTEM VALUE
     SELECT $1::int + n, 'Seed group ' || n, '', $2::int + 1 + (n % $3::int), 'public', 'active', $4::int + n,
       $5::timestamptz - make_interval(secs => n), $5::timestamptz
     FROM generate_series(1, $6::int) AS n`,
    [groupBase, base, counts.users, conversationBase, now, counts.groups],
  );
  await client.query(
    `UPDATE conversations c SET group_id = g.id FROM study_groups g
     WHERE g.conversation_id = c.id AND g.id > $1::int`,
    [groupBase],
  );
  await client.query(
    `INSERT INTO group_memberships (group_id, user_id, role, status, message, joined_at, updated_at)
     SELECT g.id, g.created_by_id, 'admin', 'active', '', g.created_at, g.created_at
     FROM study_groups g WHERE g.id > $1::int`,
    [groupBase],
  );
  for (const table of ['conversations', 'study_groups']) {
    await client.query(
      `SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT coalesce(max(id), 1) FROM ${table}))`,
    );
  }
  await client.exec('ANALYZE');
  return { firstUserId: base + 1 };
}
