import { describe, expect, it } from 'vitest';
import { createPbkdf2PasswordHasher } from '../core/index.js';
import { createMemoryStore, snapshotMemoryStore } from '../core/adapters/memory-store/create-memory-store.js';
import { DEMO_LOGINS, GENERATED_USER_PASSWORD, seedWorld } from './world.js';

async function world(seed: number, users = 6) {
  const store = createMemoryStore();
  const summary = await seedWorld(store, { seed, users });
  return { store, summary, snapshot: snapshotMemoryStore(store) };
}

describe('seedWorld', () => {
  it('builds a byte-identical world from the same seed', async () => {
    const [first, second] = [await world(3), await world(3)];
    expect(first.snapshot).toBe(second.snapshot);
    expect(first.snapshot.length).toBeGreaterThan(10_000);
  });

  it('builds another world from another seed', async () => {
    const [first, second] = [await world(3), await world(4)];
    expect(first.snapshot).not.toBe(second.snapshot);
  });

  it('covers every area: schools, subjects, sessions, groups, connection requests', async () => {
    const { summary } = await world(1);
    expect(summary).toMatchObject({ users: 8 });
    for (const key of [
      'cities',
      'schools',
      'subjects',
      'goals',
      'sessions',
      'groups',
      'connectionRequests',
    ] as const) {
      expect(summary[key], key).toBeGreaterThan(0);
    }
  });

  it('includes the documented demo logins, one of them staff, with working passwords', async () => {
    const { store } = await world(1);
    const staff = await store.users.findByEmail(DEMO_LOGINS.staff.email);
    const student = await store.users.findByEmail(DEMO_LOGINS.student.email);
    expect(staff?.isStaff).toBe(true);
    expect(student?.isStaff).toBe(false);
    const verifier = createPbkdf2PasswordHasher();
    expect(await verifier.verify(DEMO_LOGINS.student.password, student?.passwordHash ?? '')).toBe(true);
    expect(DEMO_LOGINS.student.password).toBe(GENERATED_USER_PASSWORD);
  });

  it('places every user with a current location and some history', async () => {
    const { store, summary } = await world(1);
    for (let id = 1; id <= summary.users; id += 1) {
      const user = await store.users.findById(id);
      expect(user?.location).not.toBeNull();
      expect((await store.locations.latest(id))?.userId).toBe(id);
    }
  });
});
