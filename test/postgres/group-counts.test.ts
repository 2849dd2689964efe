import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GroupPrivacy, GroupStatus } from '../../contract/index.js';
import type { GroupFilter, Store } from '../../core/ports/store/store.js';
import { createPostgresStore } from '../../server/postgres/create-postgres-store.js';
import type { Database } from '../../server/postgres/database.js';
import { seedPostgres } from '../bench/seed-postgres.js';
import { openTestDatabase, type TestDatabase } from '../targets/postgres-databases.js';

/**
 * The groups list counts from the counters the writes keep (migration 9) plus the caller's own
 * invite-only groups: the count must equal the rows the list's filter finds, for every caller and
 * filter, through inserts, updates of privacy and status, deletes and memberships.
 */
let opened: TestDatabase;
let database: Database;
let store: Store;

beforeAll(async () => {
  opened = await openTestDatabase(process.env['DATABASE_URL'] ? 'pg' : 'pglite');
  database = opened.database;
  store = createPostgresStore(database);
  await seedPostgres(database, { users: 6, sessions: 0, groups: 36 });
}, 120_000);

afterAll(async () => {
  await opened.close();
});

const FILTERS: Omit<GroupFilter, 'visibleTo'>[] = [
  {},
  { statuses: ['active'] },
  { statuses: ['inactive', 'archived'] },
  { privacy: 'invite_only' },
  { privacy: 'public', statuses: ['active'] },
  { privacy: 'private' },
];

async function expectCountsAgree(stage: string) {
  const counters = await database.query<{ privacy: string; status: string; count: number }>(
    'SELECT privacy, status, count::int AS count FROM group_counts WHERE count <> 0 ORDER BY 1, 2',
  );
  const rows = await database.query<{ privacy: string; status: string; count: number }>(
    'SELECT privacy, status, count(*)::int AS count FROM study_groups GROUP BY 1, 2 ORDER BY 1, 2',
  );
  expect({ stage, counters }).toEqual({ stage, counters: rows });
  for (const visibleTo of [1, 2, 3])
    for (const filter of FILTERS) {
      const listed = await store.groups.list({ ...filter, visibleTo }, { offset: 0, limit: 100_000 });
      expect({ stage, visibleTo, filter, count: listed.count }).toEqual({
        stage,
        visibleTo,
        filter,
        count: listed.rows.length,
      });
    }
}

describe('group counts', () => {
  it('equal the rows each list finds, through inserts, updates, deletes and memberships', async () => {
    await expectCountsAgree('seeded');
    const privacies: GroupPrivacy[] = ['public', 'private', 'invite_only'];
    const statuses: GroupStatus[] = ['active', 'inactive', 'archived'];
    // One statement changing many rows, then single rows.
    await database.query(
      `UPDATE study_groups SET privacy = ($1::text[])[1 + id % 3], status = ($2::text[])[1 + (id / 3) % 3]`,
      [privacies, statuses],
    );
    await expectCountsAgree('updated');
    await database.query(`UPDATE study_groups SET status = 'active' WHERE id = 3`);
    await database.query(`DELETE FROM study_groups WHERE id IN (4, 5, 6)`);
    await expectCountsAgree('deleted');
    // Caller 1 is invited to one invite-only group, a member of another, has left a third.
    const inviteOnly = await database.query<{ id: number }>(
      `SELECT id FROM study_groups WHERE privacy = 'invite_only' ORDER BY id LIMIT 3`,
    );
    const [invited, member, left] = inviteOnly.map((row) => row.id);
    await database.query(
      `INSERT INTO group_memberships (group_id, user_id, role, status, message, joined_at, updated_at)
       VALUES ($1, 1, 'member', 'invited', '', now(), now()), ($2, 1, 'member', 'active', '', now(), now()),
         ($3, 1, 'member', 'left', '', now(), now())
       ON CONFLICT (group_id, user_id) DO UPDATE SET status = EXCLUDED.status`,
      [invited, member, left],
    );
    await expectCountsAgree('memberships');
    const visibleToOne = await store.groups.list({ visibleTo: 1 }, { offset: 0, limit: 1 });
    const visibleToTwo = await store.groups.list({ visibleTo: 2 }, { offset: 0, limit: 1 });
    expect(visibleToOne.count).toBeGreaterThan(visibleToTwo.count);
  });
});
