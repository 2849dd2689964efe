import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../core/adapters/memory-store/create-memory-store.js';
import { createPostgresStore } from '../../server/postgres/create-postgres-store.js';
import type { Store } from '../../core/ports/store/store.js';
import { postgresDriver, raceSetting } from '../support/race-setting.js';
import { openSecondTestDatabase, type TestDatabase } from '../targets/postgres-databases.js';

/**
 * DESIGN §3's lockout under parallel logins: reserving an attempt is one atomic step per email.
 * On the real server (DATABASE_URL) the reservations run on 20 pool connections at once; on
 * PGlite they cannot race (one transaction at a time), so only the real server proves the SQL.
 */
let opened: TestDatabase;
const stores: Record<string, () => Store> = {};

beforeAll(async () => {
  opened = await openSecondTestDatabase(postgresDriver());
  stores['memory'] = () => createMemoryStore();
  stores['postgres'] = () => createPostgresStore(opened.database);
});

afterAll(async () => {
  await opened.close();
});

function storeFor(name: string): Store {
  const create = stores[name];
  if (!create) throw new Error(`No ${name} store`);
  return create();
}

const at = new Date('2026-03-02T09:00:00Z');
const lockUntil = new Date(at.getTime() + 15 * 60_000);
const attempt = { at, since: new Date(at.getTime() - 15 * 60_000), maxAttempts: 5, lockUntil };

const SETTINGS = {
  memory: '[memory store: its one-step check-and-write under interleaved awaits]',
  postgres: raceSetting(postgresDriver() === 'pg' ? 'server-postgres' : 'server-pglite'),
};

describe.each([
  ['memory', SETTINGS.memory],
  ['postgres', SETTINGS.postgres],
])('login attempts on the %s store %s', (name) => {
  it('lets exactly 5 of 60 simultaneous attempts on one email go on and refuses 55 until the lock ends', async () => {
    const store = storeFor(name);
    const email = `target-${name}@example.com`;
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, index) =>
        store.loginAttempts.reserve(index % 2 ? email : email.toUpperCase(), attempt),
      ),
    );
    expect(answers.filter((answer) => answer === null)).toHaveLength(5);
    expect(answers.filter((answer) => answer?.getTime() === lockUntil.getTime())).toHaveLength(55);
  });

  it('keeps other emails apart and clears one email without touching another', async () => {
    const store = storeFor(name);
    const [first, second] = [`first-${name}@example.com`, `second-${name}@example.com`];
    const reserveBoth = () =>
      Promise.all([first, second].map((email) => store.loginAttempts.reserve(email, attempt)));
    for (let round = 0; round < 5; round += 1) expect(await reserveBoth()).toEqual([null, null]);
    await store.loginAttempts.clear(first);
    expect(await reserveBoth()).toEqual([null, lockUntil]);
  });
});
