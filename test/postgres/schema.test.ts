import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  ConnectionStateSchema,
  GoalTypeSchema,
  GroupPrivacySchema,
  GroupStatusSchema,
  MembershipRoleSchema,
  MembershipStatusSchema,
  PrivacyLevelSchema,
  RecurrencePatternSchema,
  SessionTypeSchema,
  SubjectIntentSchema,
  SubjectLevelSchema,
  UserStatusSchema,
} from '../../contract/index.js';
import type { Database } from '../../server/postgres/database.js';
import { migrate } from '../../server/postgres/migrate.js';
import { migrations } from '../../server/postgres/migrations/index.js';
import { openTestDatabase, type TestDatabase } from '../targets/postgres-databases.js';

/** The schema agrees with the contract, and migrating is idempotent and race-free. */
let opened: TestDatabase;
let database: Database;

beforeAll(async () => {
  opened = await openTestDatabase(process.env['DATABASE_URL'] ? 'pg' : 'pglite');
  database = opened.database;
});

afterAll(async () => {
  await opened.close();
});

/** Each enum column's CHECK must allow exactly the contract's values (stored statuses excepted below). */
const enumColumns: Record<string, z.ZodEnum<[string, ...string[]]> | string[]> = {
  'subjects.level': SubjectLevelSchema,
  'goals.type': GoalTypeSchema,
  'users.privacy_level': PrivacyLevelSchema,
  'users.status': UserStatusSchema,
  'user_subjects.level': SubjectLevelSchema,
  'user_subjects.intent': SubjectIntentSchema,
  'study_sessions.session_type': SessionTypeSchema,
  'study_sessions.recurrence_pattern': RecurrencePatternSchema,
  // `no_show` is derived when a session completes, never stored.
  'session_participants.status': ['registered', 'attended', 'cancelled'],
  'connection_requests.state': ConnectionStateSchema,
  'study_groups.privacy': GroupPrivacySchema,
  'study_groups.status': GroupStatusSchema,
  'group_memberships.role': MembershipRoleSchema,
  'group_memberships.status': MembershipStatusSchema,
};

async function allowedValues(table: string, column: string): Promise<string[]> {
  const rows = await database.query<{ definition: string }>(
    `SELECT pg_get_constraintdef(c.oid) AS definition
     FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
     WHERE c.contype = 'c' AND t.relname = $1 AND t.relnamespace = current_schema()::regnamespace`,
    [table],
  );
  const definition = rows.map((row) => row.definition).find((text) => text.includes(`(${column} = ANY`));
  if (!definition) throw new Error(`No CHECK on ${table}.${column}`);
  return [...definition.matchAll(/'([^']*)'::text/g)].map((match) => match[1] ?? '');
}

describe('the Postgres schema', () => {
  it.each(Object.entries(enumColumns))('%s allows exactly the contract’s values', async (name, values) => {
    const [table = '', column = ''] = name.split('.');
    const expected = Array.isArray(values) ? values : values.options;
    expect((await allowedValues(table, column)).sort()).toEqual([...expected].sort());
  });

  it('records every migration once; migrating again applies nothing', async () => {
    const versions = await database.query<{ version: number }>(
      'SELECT version FROM schema_migrations ORDER BY version',
    );
    expect(versions.map((row) => row.version)).toEqual(migrations.map((migration) => migration.version));
    expect(await Promise.all([migrate(database), migrate(database)])).toEqual([[], []]);
  });

  it('keeps no GIN index with a pending list, which every search would read whole', async () => {
    const gin = await database.query<{ name: string; options: string[] | null }>(
      `SELECT c.relname AS name, c.reloptions AS options FROM pg_class c
       JOIN pg_am am ON am.oid = c.relam
       WHERE am.amname = 'gin' AND c.relnamespace = current_schema()::regnamespace`,
    );
    expect(gin.map((index) => index.name)).toContain('conversations_participants');
    for (const index of gin) expect(index.options ?? []).toContain('fastupdate=off');
  });

  it('rolls a failing migration back whole', async () => {
    const broken = {
      version: 9_999,
      name: 'broken',
      sql: 'CREATE TABLE half_done (id integer); SELECT 1/0;',
    };
    await expect(migrate(database, [...migrations, broken])).rejects.toThrow();
    const [table] = await database.query(`SELECT to_regclass('half_done') AS name`);
    expect(table).toEqual({ name: null });
  });
});
