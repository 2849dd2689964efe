import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserRecord } from '@studymate/core';
import { openPostgresStore, type OpenedPostgresStore } from '../../server/postgres/open-postgres-store.js';
import type { Database } from '../../server/postgres/database.js';
import { createPgDatabase, dropPgSchema } from '../../server/postgres/pg-database.js';
import { createPostgresUsers } from '../../server/postgres/postgres-users.js';
import { cachedUsers, createUserCache } from '../../server/postgres/user-cache.js';
import { listenForUserChanges, USER_NOTICES_APPLICATION } from '../../server/postgres/user-change-notices.js';
import { newUserRecord } from '../support/new-user.js';

/**
 * Two processes' stores on one schema keep users in memory (server/postgres/user-cache.ts): what
 * one changes, or a tool changes by hand, the other stops serving as it commits.
 */
const databaseUrl = process.env['DATABASE_URL'];
if (!databaseUrl)
  console.warn(
    'test/postgres/user-change-notices.test.ts: skipped, it needs DATABASE_URL (a Postgres server).',
  );

async function eventually(check: () => Promise<boolean>, what: string, withinMs = 5000) {
  const until = Date.now() + withinMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`Not within ${withinMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.skipIf(!databaseUrl)('users kept in memory by two processes on one Postgres', () => {
  const url = databaseUrl ?? '';
  const schema = `notices_${process.pid}_${randomBytes(3).toString('hex')}`;
  let a: OpenedPostgresStore;
  let b: OpenedPostgresStore;
  /** Changes made by hand, as a tool or an operator would. */
  let byHand: Database;
  let user: UserRecord;
  /** A change no notice announces (triggers off): only a read of the row sees it. */
  const silently = async (fullName: string) => {
    await byHand.exec(
      `BEGIN; SET LOCAL session_replication_role = replica; UPDATE users SET full_name = '${fullName}' WHERE id = ${user.id}; COMMIT`,
    );
  };
  const nameOnA = async () => (await a.store.users.findById(user.id))?.fullName;

  beforeAll(async () => {
    a = await openPostgresStore({ databaseUrl: url, schema });
    b = await openPostgresStore({ databaseUrl: url, schema });
    byHand = await createPgDatabase({ connectionString: url, schema, max: 1 });
    const created = await a.store.users.create(newUserRecord({ email: `${schema}@example.com` }));
    if (created === 'email_taken') throw new Error('taken');
    user = created;
  });
  afterAll(async () => {
    await byHand?.close();
    await a?.close();
    await b?.close();
    await dropPgSchema(url, schema);
  });

  it('serves a user it read from memory', async () => {
    expect(await nameOnA()).toBe('Ann');
    await silently('Unseen');
    expect(await nameOnA()).toBe('Ann');
  });

  it('stops serving a user the other process changed, as it commits', async () => {
    await b.store.users.update(user.id, { status: 'banned' });
    await eventually(async () => (await a.store.users.findById(user.id))?.status === 'banned', 'banned on A');
  });

  it('stops serving a user changed by hand in SQL', async () => {
    await nameOnA();
    await byHand.query(`UPDATE users SET full_name = 'By hand' WHERE id = ${user.id}`);
    await eventually(async () => (await nameOnA()) === 'By hand', 'the change by hand on A');
  });

  it('reads every user from the database while its listening connection is cut, and keeps them again once it is back', async () => {
    const cache = createUserCache({ suspended: true });
    const notices = await listenForUserChanges(cache, { connectionString: url, schema, retryMs: 4000 });
    const users = cachedUsers(createPostgresUsers(a.database), cache);
    const name = async () => (await users.findById(user.id))?.fullName;
    try {
      await name();
      await silently('Before the cut');
      expect(await name()).not.toBe('Before the cut');
      await byHand.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND query ILIKE $2`,
        [USER_NOTICES_APPLICATION, `%${schema}%`],
      );
      // Cut, and not back for 4 s: changes go unheard, so nothing may be served from memory. (The
      // cut reaches the client within moments; a cache kept through it would answer until 4 s.)
      await eventually(
        async () => {
          const during = `During the cut ${Date.now()}`;
          await silently(during);
          return (await name()) === during;
        },
        'a change during the cut, read from the database',
        2500,
      );
      // Back: a read is kept again, and a change is heard again.
      await eventually(
        async () => {
          const before = await name();
          await silently(`Kept? ${Date.now()}`);
          return (await name()) === before;
        },
        'keeping users again',
        15_000,
      );
      await byHand.query(`UPDATE users SET full_name = 'Heard' WHERE id = ${user.id}`);
      await eventually(async () => (await name()) === 'Heard', 'a change after the reconnection, heard');
    } finally {
      await notices.close();
    }
  });
});
