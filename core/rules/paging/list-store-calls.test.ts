import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../adapters/memory-store/create-memory-store.js';
import type { Store, UserRecord } from '../../ports/store/store.js';
import { listCities } from '../../use-cases/cities/list-cities.js';
import { searchCitiesByLocation } from '../../use-cases/cities/search-cities-by-location.js';
import { createCoreServices } from '../../create-core-services.js';
import { listGoals } from '../../use-cases/goals/list-goals.js';
import { listSchools } from '../../use-cases/schools/list-schools.js';
import { searchSchoolsByCity } from '../../use-cases/schools/search-schools-by-city.js';
import { searchSchoolsByLocation } from '../../use-cases/schools/search-schools-by-location.js';
import { listSubjects } from '../../use-cases/subjects/list-subjects.js';
import { listUserGoals } from '../../use-cases/user-goals/list-user-goals.js';
import { listUserSubjects } from '../../use-cases/user-subjects/list-user-subjects.js';

/** The store with every repository method call counted. */
function countingStore(store: Store) {
  const counter = { calls: 0 };
  const counted = Object.fromEntries(
    Object.entries(store).map(([name, repo]) => [
      name,
      new Proxy(repo as object, {
        get: (target, key) => {
          const value: unknown = Reflect.get(target, key);
          if (typeof value !== 'function') return value;
          return (...args: unknown[]) => {
            counter.calls += 1;
            return (value as (...given: unknown[]) => unknown).apply(target, args);
          };
        },
      }),
    ]),
  ) as unknown as Store;
  return { counted, counter };
}

const NOW = new Date('2026-03-02T09:00:00Z');
const CENTER = { latitude: 21.0285, longitude: 105.8542 };

/** A world with `size` rows of every kind of reference data, all on one user's lists. */
async function worldOf(size: number) {
  const store = createMemoryStore();
  const stamps = { createdAt: NOW, updatedAt: NOW };
  const user = await store.users.create({
    ...{ email: 'caller@example.com', passwordHash: 'x', fullName: 'Caller', phone: '', schoolId: null },
    ...{ major: '', year: null, bio: '', avatarUrl: null, learningRadiusKm: 5, privacyLevel: 'open' },
    ...{ status: 'active', isStaff: false, createdAt: NOW },
  });
  if (user === 'email_taken') throw new Error('unreachable');
  for (let index = 0; index < size; index += 1) {
    const city = await store.cities.create({ name: 'Hanoi', location: CENTER, ...stamps });
    const school = await store.schools.create({
      ...{ name: `School ${index}`, shortName: `S${index}`, address: '', cityId: city.id, location: CENTER },
      ...{ website: '', email: '', phone: '', ...stamps },
    });
    await store.users.update(user.id, { schoolId: school.id });
    const subject = await store.subjects.create({
      code: `C${index}`,
      nameEn: 'x',
      nameVi: 'x',
      level: 'beginner',
      ...stamps,
    });
    const goal = await store.goals.create({ code: `G${index}`, name: 'x', type: 'daily', ...stamps });
    if (subject === 'code_taken' || goal === 'code_taken') throw new Error('unreachable');
    await store.userSubjects.create({
      userId: user.id,
      subjectId: subject.id,
      level: 'beginner',
      intent: 'both',
      note: '',
      ...stamps,
    });
    await store.userGoals.create({
      userId: user.id,
      goalId: goal.id,
      targetValue: 1,
      targetDate: null,
      ...stamps,
    });
  }
  return { store, user };
}

type Lister = (store: Store, user: UserRecord) => Promise<{ status: number }>;

const LISTS: Record<string, Lister> = {
  'GET /api/schools/': (store, user) => listSchools({ query: {} }, contextOf(store, user)),
  'GET /api/schools/search/location/': (store, user) =>
    searchSchoolsByLocation(
      { query: { lat: CENTER.latitude, lng: CENTER.longitude } },
      contextOf(store, user),
    ),
  'GET /api/schools/search/city/': (store, user) =>
    searchSchoolsByCity({ query: { city: 'Hanoi' } }, contextOf(store, user)),
  'GET /api/cities/': (store, user) => listCities({ query: {} }, contextOf(store, user)),
  'GET /api/cities/search/location/': (store, user) =>
    searchCitiesByLocation(
      { query: { lat: CENTER.latitude, lng: CENTER.longitude } },
      contextOf(store, user),
    ),
  'GET /api/subjects/': (store, user) => listSubjects({ query: {} }, contextOf(store, user)),
  'GET /api/goals/': (store, user) => listGoals({ query: {} }, contextOf(store, user)),
  'GET /api/user-subjects/': (store, user) => listUserSubjects({ query: {} }, contextOf(store, user)),
  'GET /api/user-goals/': (store, user) => listUserGoals({ query: {} }, contextOf(store, user)),
};

function contextOf(store: Store, user: UserRecord) {
  return { ...createCoreServices({ store }), url: new URL('http://api.test/api/'), user };
}

describe('reference-data lists', () => {
  it.each(Object.entries(LISTS))(
    '%s reads the store a constant number of times, whatever the page holds',
    async (_name, list) => {
      const callsFor = async (size: number) => {
        const { store, user } = await worldOf(size);
        const { counted, counter } = countingStore(store);
        expect((await list(counted, user)).status).toBe(200);
        return counter.calls;
      };
      const [one, ten] = await Promise.all([callsFor(1), callsFor(10)]);
      expect(ten).toBe(one);
      expect(one).toBeLessThanOrEqual(2);
    },
  );
});
