import { describe, expect, it } from 'vitest';
import { createPbkdf2PasswordHasher } from '../server/core/index.js';
import { createMemoryStore } from '../server/store/memory/create-memory-store.js';
import { DEMO_LOGINS, GENERATED_USER_PASSWORD, seedWorld } from './world.js';

const hasher = createPbkdf2PasswordHasher(1_000);

async function worldUsers(seed: number) {
  const store = createMemoryStore();
  const summary = await seedWorld(store, hasher, { seed, users: 6 });
  const users = [];
  for (let id = 1; id <= summary.users; id += 1) {
    const user = await store.users.findById(id);
    if (user) users.push({ ...user, passwordHash: undefined });
  }
  const { rows: sessions } = await store.sessions.list({ now: new Date() }, { offset: 0, limit: 1000 });
  const { rows: groups } = await store.groups.list({ visibleTo: 0 }, { offset: 0, limit: 1000 });
  const everything = { offset: 0, limit: 1000 };
  const newest = { field: 'createdAt', descending: true } as const;
  const interests = await Promise.all(
    users.map(async (user) => ({
      subjects: (await store.userSubjects.list({ userId: user.id }, newest, everything)).rows,
      goals: (await store.userGoals.list({ userId: user.id }, newest, everything)).rows,
    })),
  );
  return { store, summary, users, sessions, groups, interests };
}

describe('seedWorld', () => {
  it('builds the same world from the same seed', async () => {
    const [first, second] = await Promise.all([worldUsers(3), worldUsers(3)]);
    expect(first.users).toEqual(second.users);
    expect(first.sessions).toEqual(second.sessions);
    expect(first.sessions.length).toBeGreaterThan(0);
    expect(first.groups).toEqual(second.groups);
    expect(first.interests).toEqual(second.interests);
  });

  it('builds another world from another seed', async () => {
    const [first, second] = await Promise.all([worldUsers(3), worldUsers(4)]);
    expect(first.users).not.toEqual(second.users);
  });

  it('includes the documented demo logins, one of them staff, with working passwords', async () => {
    const { store, summary } = await worldUsers(1);
    expect(summary.users).toBe(8);
    const staff = await store.users.findByEmail(DEMO_LOGINS.staff.email);
    const student = await store.users.findByEmail(DEMO_LOGINS.student.email);
    expect(staff?.isStaff).toBe(true);
    expect(student?.isStaff).toBe(false);
    expect(await hasher.verify(DEMO_LOGINS.student.password, student?.passwordHash ?? '')).toBe(true);
    expect(DEMO_LOGINS.student.password).toBe(GENERATED_USER_PASSWORD);
  });

  it('places every user with a current location and some history', async () => {
    const { store, users } = await worldUsers(1);
    for (const user of users) {
      expect(user.location).not.toBeNull();
      expect((await store.locations.latest(user.id))?.userId).toBe(user.id);
    }
  });

  it('has cities with coordinates, each with schools that have coordinates and students', async () => {
    const { store, summary } = await worldUsers(1);
    const everything = { offset: 0, limit: 1000 };
    const { rows: cities } = await store.cities.list({}, { field: 'name', descending: false }, everything);
    expect(cities.length).toBe(summary.cities);
    expect(cities.every((city) => city.location !== null)).toBe(true);
    const schoolsPerCity = await store.schools.countByCity(cities.map((city) => city.id));
    expect([...schoolsPerCity.values()].every((count) => count > 0)).toBe(true);
    const { rows: schools } = await store.schools.list({}, { field: 'name', descending: false }, everything);
    expect(schools.every((school) => school.location !== null && school.cityId !== null)).toBe(true);
    const students = await store.users.countBySchool(schools.map((school) => school.id));
    expect([...students.values()].reduce((sum, count) => sum + count, 0)).toBe(summary.users);
  });

  it('gives every user subjects to learn or teach, and some users goals with targets', async () => {
    const { interests, summary } = await worldUsers(1);
    expect(summary.goals).toBeGreaterThan(0);
    expect(interests.every(({ subjects }) => subjects.length > 0)).toBe(true);
    expect(interests.some(({ goals }) => goals.some((goal) => goal.targetValue !== null))).toBe(true);
  });
});
