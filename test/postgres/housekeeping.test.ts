import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../core/adapters/memory-store/create-memory-store.js';
import { createPostgresStore } from '../../server/postgres/create-postgres-store.js';
import type { Store } from '../../core/ports/store/store.js';
import { openSecondTestDatabase, type TestDatabase } from '../targets/postgres-databases.js';

/** Both stores forget what has expired, so revocations and failed logins do not grow forever. */
let opened: TestDatabase;
const stores: Record<string, () => Store> = {};

beforeAll(async () => {
  opened = await openSecondTestDatabase(process.env['DATABASE_URL'] ? 'pg' : 'pglite');
  stores['memory'] = () => createMemoryStore();
  stores['postgres'] = () => createPostgresStore(opened.database);
});

afterAll(async () => {
  await opened.close();
});

const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 9, minute));

describe.each(['memory', 'postgres'])('housekeeping on the %s store', (name) => {
  it('forgets revocations of expired tokens, keeps live ones, and still refuses a second revocation', async () => {
    const store = stores[name]?.() ?? createMemoryStore();
    expect(await store.revokedTokens.revoke(`${name}-old`, at(10), at(0))).toBe(true);
    expect(await store.revokedTokens.revoke(`${name}-live`, at(60), at(0))).toBe(true);
    expect(await store.revokedTokens.revoke(`${name}-live`, at(60), at(5))).toBe(false);
    expect(await store.revokedTokens.revoke(`${name}-new`, at(90), at(30))).toBe(true);
    expect(await store.revokedTokens.isRevoked(`${name}-old`)).toBe(false);
    expect(await store.revokedTokens.isRevoked(`${name}-live`)).toBe(true);
  });

  it('forgets attempts before the window, for every email, and locks that have ended', async () => {
    const store = stores[name]?.() ?? createMemoryStore();
    const [alice, bob] = [`alice-${name}@example.com`, `bob-${name}@example.com`];
    const attempt = (minute: number, windowStart: number, maxAttempts: number) => ({
      at: at(minute),
      since: at(windowStart),
      maxAttempts,
      lockUntil: at(minute + 15),
    });
    expect(await store.loginAttempts.reserve(alice, attempt(0, -15, 1))).toBeNull();
    expect(await store.loginAttempts.reserve(alice, attempt(1, -14, 9))).toEqual(at(15));
    expect(await store.loginAttempts.reserve(bob, attempt(20, 5, 9))).toBeNull();
    // Bob's attempt forgot Alice's at minute 0; kept, it would make her attempt at 21 lock her.
    expect(await store.loginAttempts.reserve(alice, attempt(21, -100, 2))).toBeNull();
    expect(await store.loginAttempts.reserve(alice, attempt(22, -100, 9))).toBeNull();
  });
});
