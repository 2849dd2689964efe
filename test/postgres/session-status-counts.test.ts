import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionStatus } from '../../contract/index.js';
import { effectiveSessionStatus } from '../../core/rules/sessions/session-status.js';
import type { ListedSessionRecord, Store } from '../../core/ports/store/store.js';
import { createPostgresStore } from '../../server/postgres/create-postgres-store.js';
import type { Database } from '../../server/postgres/database.js';
import { seedPostgres } from '../bench/seed-postgres.js';
import { useSeededRandom } from '../support/seeded-random.js';
import { openTestDatabase, type TestDatabase } from '../targets/postgres-databases.js';

/**
 * The session list filters statuses as ranges of stored times and counts them from the counters
 * the writes keep (migration 4): both must agree with `effectiveSessionStatus` over every row, at
 * any instant (on a start, on an end, around midnight UTC), after inserts, updates and deletes.
 */
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const BASE = Date.UTC(2030, 0, 10);
const STATUSES: SessionStatus[] = ['upcoming', 'in_progress', 'completed', 'cancelled'];

let opened: TestDatabase;
let database: Database;
let store: Store;

beforeAll(async () => {
  opened = await openTestDatabase(process.env['DATABASE_URL'] ? 'pg' : 'pglite');
  database = opened.database;
  store = createPostgresStore(database);
  await seedPostgres(database, { users: 20, sessions: 0, groups: 0 }, new Date(BASE));
}, 120_000);

afterAll(async () => {
  await opened.close();
});

/** Lists as caller 1 (the related rows do not change which sessions a list holds). */
const CALLER = 1;

async function allSessions(): Promise<ListedSessionRecord[]> {
  const { rows } = await store.sessions.list({ now: new Date(BASE) }, { offset: 0, limit: 100_000 }, CALLER);
  return rows.map((row) => row.session);
}

async function expectListsAgree(now: Date) {
  const sessions = await allSessions();
  const unfiltered = await store.sessions.list({ now }, { offset: 0, limit: 1 }, CALLER);
  expect(unfiltered.count).toBe(sessions.length);
  for (const statuses of [
    ...STATUSES.map((status) => [status]),
    ['upcoming', 'in_progress'] as SessionStatus[],
  ]) {
    const expected = sessions.filter((session) => statuses.includes(effectiveSessionStatus(session, now)));
    const listed = await store.sessions.list({ now, statuses }, { offset: 0, limit: 100_000 }, CALLER);
    expect({ now: now.toISOString(), statuses, count: listed.count }).toEqual({
      now: now.toISOString(),
      statuses,
      count: expected.length,
    });
    expect(listed.rows.map((row) => row.session.id)).toEqual(expected.map((session) => session.id));
    const page = await store.sessions.list({ now, statuses }, { offset: 2, limit: 3 }, CALLER);
    expect(page.count).toBe(expected.length);
    expect(page.rows.map((row) => row.session.id)).toEqual(expected.slice(2, 5).map((session) => session.id));
  }
}

describe('session statuses as ranges of time, counted from counters', () => {
  it('agree with effectiveSessionStatus at any instant, through inserts, updates and deletes', async () => {
    const random = useSeededRandom();
    const sessions: ListedSessionRecord[] = [];
    for (let index = 0; index < 120; index += 1) {
      const start = BASE + random.int(-3 * 24 * 60, 3 * 24 * 60) * MINUTE;
      const session = await store.sessions.create({
        hostId: random.int(1, 21),
        title: `S${index}`,
        description: '',
        subjectId: null,
        sessionType: 'virtual',
        locationName: '',
        locationAddress: '',
        location: null,
        meetingLink: '',
        startTime: new Date(start),
        // Some sessions span midnight or several days.
        durationMinutes: random.next() < 0.2 ? random.int(1440, 4000) : random.int(1, 240),
        recurrencePattern: 'none',
        recurrenceEndDate: null,
        maxParticipants: null,
        createdAt: new Date(BASE),
        updatedAt: new Date(BASE),
      });
      sessions.push(session);
    }
    const instants = () => {
      const picked = [BASE, BASE - DAY, BASE + DAY, BASE - 1, BASE + DAY - 1];
      for (let index = 0; index < 4; index += 1) {
        const session = sessions[random.int(0, sessions.length)];
        if (!session) continue;
        const start = session.startTime.getTime();
        const end = start + session.durationMinutes * MINUTE;
        picked.push(start, start - 1, end, end - 1);
      }
      picked.push(BASE + random.int(-4 * 24 * 60, 4 * 24 * 60) * MINUTE);
      return picked;
    };
    for (const now of instants()) await expectListsAgree(new Date(now));

    // The host acts, times move, sessions go.
    for (const session of sessions) {
      const roll = random.next();
      const at = new Date(BASE);
      if (roll < 0.15) await store.sessions.update(session.id, { startedAt: at });
      else if (roll < 0.25) await store.sessions.update(session.id, { startedAt: at, completedAt: at });
      else if (roll < 0.35) await store.sessions.update(session.id, { cancelledAt: at });
      else if (roll < 0.45)
        await store.sessions.update(session.id, {
          startTime: new Date(session.startTime.getTime() + random.int(-2000, 2000) * MINUTE),
        });
      else if (roll < 0.5) await store.sessions.update(session.id, { durationMinutes: random.int(1, 3000) });
    }
    const removed = sessions.filter(() => random.next() < 0.1).map((session) => session.id);
    await database.query('DELETE FROM study_sessions WHERE id = ANY($1::int[])', [removed]);
    const kept = await allSessions();
    sessions.splice(0, sessions.length, ...kept);
    for (const now of instants()) await expectListsAgree(new Date(now));
  }, 120_000);

  it('keep the counters equal to the rows, per state and day', async () => {
    const drift = await database.query(
      `SELECT * FROM (
         SELECT session_state(cancelled_at, completed_at, started_at) AS state,
           (start_time AT TIME ZONE 'UTC')::date AS start_day, (end_time AT TIME ZONE 'UTC')::date AS end_day,
           count(*)::int AS rows
         FROM study_sessions GROUP BY 1, 2, 3) AS actual
       FULL JOIN (SELECT state, start_day, end_day, count::int AS counted FROM session_counts WHERE count <> 0) AS kept
         USING (state, start_day, end_day)
       WHERE actual.rows IS DISTINCT FROM kept.counted`,
    );
    expect(drift).toEqual([]);
  });
});
