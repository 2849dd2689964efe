import { describe, expect, it } from 'vitest';
import type { UserRecord, UserRepo } from '@studymate/core';
import { cachedUsers, createUserCache, type UserCacheOptions } from './user-cache.js';

const user = (id: number, fullName: string) => ({ id, fullName }) as UserRecord;

/** A users repository whose reads answer when told to, counting them. */
function slowUsers() {
  const rows = new Map<number, UserRecord>([
    [1, user(1, 'Ann')],
    [2, user(2, 'Bob')],
  ]);
  const waiting: (() => void)[] = [];
  let reads = 0;
  const repo = {
    findById: async (id: number) => {
      reads += 1;
      const row = rows.get(id) ?? null;
      await new Promise<void>((resolve) => waiting.push(resolve));
      return row;
    },
    update: (id: number, changes: Partial<UserRecord>) => {
      const changed = { ...rows.get(id), ...changes } as UserRecord;
      rows.set(id, changed);
      return Promise.resolve(changed);
    },
  } as unknown as UserRepo;
  return {
    repo,
    reads: () => reads,
    /** Lets every read in flight answer (with the row it read when it began). */
    answer: async () => {
      for (const resolve of waiting.splice(0)) resolve();
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

async function read(users: UserRepo, answer: () => Promise<void>, id = 1) {
  const found = users.findById(id);
  await answer();
  return found;
}

function setUp(options: UserCacheOptions = {}) {
  const slow = slowUsers();
  const cache = createUserCache(options);
  return { ...slow, cache, users: cachedUsers(slow.repo, cache) };
}

describe('the user cache', () => {
  it('reads a user once, then serves it from memory', async () => {
    const { users, reads, answer } = setUp();
    expect((await read(users, answer))?.fullName).toBe('Ann');
    expect((await users.findById(1))?.fullName).toBe('Ann');
    expect(reads()).toBe(1);
  });

  it('forgets a user this process changes, at once', async () => {
    const { users, reads, answer } = setUp();
    await read(users, answer);
    await users.update(1, { fullName: 'Anne' });
    expect((await read(users, answer))?.fullName).toBe('Anne');
    expect(reads()).toBe(2);
  });

  it('does not keep what a read begun before a change answers after it', async () => {
    const { users, cache, answer } = setUp();
    const before = users.findById(1);
    cache.forget(1);
    await answer();
    expect((await before)?.fullName).toBe('Ann');
    expect(cache.size).toBe(0);
  });

  it('serves nothing while suspended, and keeps nothing read before it resumed', async () => {
    const { users, cache, reads, answer } = setUp({ suspended: true });
    await read(users, answer);
    await read(users, answer);
    expect(reads()).toBe(2);
    const during = users.findById(1);
    cache.resume();
    await answer();
    await during;
    expect(cache.size).toBe(0);
    await read(users, answer);
    expect(cache.size).toBe(1);
    cache.suspend();
    expect(cache.size).toBe(0);
  });

  it('reads a kept user again once it is older than its age limit, and keeps at most its limit', async () => {
    let now = 0;
    const { users, cache, reads, answer } = setUp({ maxAgeMs: 1000, maxUsers: 1, now: () => now });
    await read(users, answer);
    now = 1000;
    await users.findById(1);
    expect(reads()).toBe(1);
    now = 1001;
    await read(users, answer);
    expect(reads()).toBe(2);
    await read(users, answer, 2);
    expect(cache.size).toBe(1);
    await read(users, answer, 1);
    expect(reads()).toBe(4);
  });
});
