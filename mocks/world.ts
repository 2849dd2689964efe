import { Faker, en } from '@faker-js/faker';
import { createPbkdf2PasswordHasher, type NewUser, type Store } from '@studymate/core';
import { seedConnections } from './world-connections.js';
import { seedGroups } from './world-groups.js';
import { seedInterests } from './world-interests.js';
import { seedPlaces, WORLD_CITIES } from './world-places.js';
import { seedSessions, type WorldUser } from './world-sessions.js';

/** Sign-ins that exist in every demo world, whatever the seed. */
export const DEMO_LOGINS = {
  student: { email: 'student@studymate.dev', password: 'studymate123', fullName: 'Sam Student' },
  staff: { email: 'staff@studymate.dev', password: 'studymate123', fullName: 'Stella Staff' },
} as const;

/** The demo accounts' hash cost in mocks: they guard no real account. */
const WORLD_PBKDF2_ITERATIONS = 1_000;

/** The password of every generated user. */
export const GENERATED_USER_PASSWORD = 'studymate123';

export interface WorldOptions {
  /** Same seed, same world. @default 1 */
  seed?: number;
  /** false: only places and the users, no sessions, groups or connections (the `empty` scenario). @default true */
  content?: boolean;
  /** Generated users besides the demo logins. @default 24 */
  users?: number;
  /** PBKDF2 iterations of the demo accounts' hash. @default 1000 (mocks); `npm start` uses 600,000 */
  passwordIterations?: number;
  /** "Now" of the world: sessions are spread around it, other timestamps before it. @default 2026-01-05T09:00:00Z */
  referenceDate?: Date;
}

export interface WorldSummary {
  cities: number;
  schools: number;
  users: number;
  subjects: number;
  goals: number;
  sessions: number;
  groups: number;
  connectionRequests: number;
}

const MAJORS = ['Computer Science', 'Mathematics', 'Economics', 'Law', 'Biology', 'Physics', 'Literature'];

/** Fills a store with a deterministic, realistic world. Browser-safe; used by the mocks and `npm start`. */
export async function seedWorld(store: Store, options: WorldOptions = {}): Promise<WorldSummary> {
  const seed = options.seed ?? 1;
  const faker = new Faker({ locale: [en] });
  faker.seed(seed);
  const now = options.referenceDate ?? new Date('2026-01-05T09:00:00Z');
  // A salt derived from the seed keeps the world byte-identical; these accounts are demo data.
  const salt = () => new TextEncoder().encode(`studymate-world-${seed}`.padEnd(16, '.')).slice(0, 16);
  const hasher = createPbkdf2PasswordHasher(options.passwordIterations ?? WORLD_PBKDF2_ITERATIONS, { salt });
  const passwordHash = await hasher.hash(GENERATED_USER_PASSWORD);

  const { cities, schoolIds } = await seedPlaces(store, { faker, now });

  const base = (fullName: string, email: string): NewUser => ({
    email,
    passwordHash,
    fullName,
    phone: faker.phone.number({ style: 'international' }),
    schoolId: faker.helpers.arrayElement(schoolIds),
    major: faker.helpers.arrayElement(MAJORS),
    year: faker.number.int({ min: 1, max: 5 }),
    bio: faker.lorem.sentence(),
    avatarUrl: faker.image.avatarGitHub(),
    learningRadiusKm: faker.helpers.arrayElement([2, 5, 10, 25]),
    privacyLevel: faker.helpers.weightedArrayElement([
      { weight: 7, value: 'open' as const },
      { weight: 2, value: 'friends_of_friends' as const },
      { weight: 1, value: 'private' as const },
    ]),
    status: 'active',
    isStaff: false,
    createdAt: faker.date.past({ years: 1, refDate: now }),
  });

  const demoUsers = [
    { ...base(DEMO_LOGINS.student.fullName, DEMO_LOGINS.student.email), privacyLevel: 'open' as const },
    { ...base(DEMO_LOGINS.staff.fullName, DEMO_LOGINS.staff.email), isStaff: true },
  ];
  const generated = Array.from({ length: options.users ?? 24 }, (_unused, index) => {
    const firstName = faker.person.firstName();
    const lastName = faker.person.lastName();
    const email = faker.internet
      .email({ firstName, lastName, provider: `example${index}.edu` })
      .toLowerCase();
    return base(`${firstName} ${lastName}`, email);
  });

  const placed: WorldUser[] = [];
  for (const user of [...demoUsers, ...generated]) {
    const created = await store.users.create(user);
    if (created === 'email_taken') continue;
    placed.push({ id: created.id, location: await placeUser(store, { userId: created.id, faker, now }) });
  }
  if (options.content === false) {
    return {
      cities,
      schools: schoolIds.length,
      users: placed.length,
      subjects: 0,
      goals: 0,
      sessions: 0,
      groups: 0,
      connectionRequests: 0,
    };
  }
  const { subjects, sessions } = await seedSessions(store, { faker, now, users: placed });
  const { goals } = await seedInterests(store, { faker, now, users: placed });
  const { groups } = await seedGroups(store, { faker, now, users: placed });
  const { requests } = await seedConnections(store, { faker, now, users: placed });
  return {
    cities,
    schools: schoolIds.length,
    users: placed.length,
    subjects,
    goals,
    sessions,
    groups,
    connectionRequests: requests,
  };
}

/** A current location near one of the cities and a short history walking towards it. */
async function placeUser(
  store: Store,
  { userId, faker, now }: { userId: number; faker: Faker; now: Date },
): Promise<{ latitude: number; longitude: number }> {
  const city = faker.helpers.arrayElement(WORLD_CITIES);
  const [latitude, longitude] = faker.location.nearbyGPSCoordinate({
    origin: [city.latitude, city.longitude],
    radius: 8,
    isMetric: true,
  });
  const steps = faker.number.int({ min: 1, max: 4 });
  for (let step = steps; step >= 1; step -= 1) {
    const recordedAt = new Date(now.getTime() - step * 3 * 60 * 60 * 1000);
    await store.locations.add({
      userId,
      latitude: latitude + step * 0.002,
      longitude: longitude + step * 0.002,
      accuracy: faker.number.float({ min: 5, max: 40, fractionDigits: 1 }),
      recordedAt,
      createdAt: recordedAt,
    });
  }
  await store.users.update(userId, { location: { latitude, longitude, updatedAt: now } });
  return { latitude, longitude };
}
