import { decideJoin, type Store } from '@studymate/core';
import { DEMO_LOGINS, seedWorld, type WorldOptions, type WorldSummary } from '../world.js';

/** Builds a world into `store`; `now` is the mocks' clock, so scenario-specific data is current. */
type Scenario = (store: Store, world: WorldOptions, now: Date) => Promise<WorldSummary>;

const DAY = 24 * 60 * 60 * 1000;

async function demoStudentId(store: Store): Promise<number> {
  const student = await store.users.findByEmail(DEMO_LOGINS.student.email);
  if (!student) throw new Error('The demo student is missing');
  return student.id;
}

/** Named worlds for QA and tests: `mocks.use('full-session')`, or `POST /__mocks/reset {"scenario": ...}`. */
export const SCENARIOS: Record<'default' | 'empty' | 'busy' | 'full-session' | 'pending-requests', Scenario> =
  {
    /** The seeded world. */
    default: (store, world) => seedWorld(store, world),
    /** Only the places and the users (demo logins included): every list starts empty. */
    empty: (store, world) => seedWorld(store, { ...world, users: 0, content: false }),
    /** A thousand users with everything they bring. */
    busy: (store, world) => seedWorld(store, { ...world, users: 1_000 }),
    /** The default world plus an upcoming session, titled "Full session", with no seat left for the demo student. */
    'full-session': async (store, world, now) => {
      const summary = await seedWorld(store, world);
      const student = await demoStudentId(store);
      const [host, ...guests] = [3, 4, 5];
      const session = await store.sessions.create({
        hostId: host ?? 3,
        title: 'Full session',
        description: 'Every seat is taken.',
        subjectId: null,
        sessionType: 'virtual',
        locationName: '',
        locationAddress: '',
        location: null,
        meetingLink: 'https://meet.example.com/full',
        startTime: new Date(now.getTime() + DAY),
        durationMinutes: 60,
        recurrencePattern: 'none',
        recurrenceEndDate: null,
        maxParticipants: 3,
        createdAt: now,
        updatedAt: now,
      });
      for (const guest of guests.filter((id) => id !== student)) {
        await store.sessions.register({ sessionId: session.id, userId: guest, notes: '', at: now });
      }
      return { ...summary, sessions: summary.sessions + 1 };
    },
    /** The default world plus a private group, "Pending requests", that the demo student administers, with 3 requests waiting. */
    'pending-requests': async (store, world, now) => {
      const summary = await seedWorld(store, world);
      const student = await demoStudentId(store);
      const group = await store.groups.create({
        name: 'Pending requests',
        description: 'Three people are waiting for an answer.',
        avatarUrl: null,
        createdById: student,
        schoolId: null,
        subjectIds: [],
        privacy: 'private',
        maxMembers: null,
        location: null,
        createdAt: now,
        updatedAt: now,
      });
      for (const userId of [6, 7, 8]) {
        await store.groups.changeMembership({ groupId: group.id, userId }, (state) =>
          decideJoin(state, { message: 'May I join?', now }),
        );
      }
      return { ...summary, groups: summary.groups + 1 };
    },
  };

export type ScenarioName = keyof typeof SCENARIOS;

export const isScenarioName = (name: string): name is ScenarioName => Object.hasOwn(SCENARIOS, name);
