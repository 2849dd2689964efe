/**
 * The growth rows' worlds: `rows` sessions, a tenth as many users (at least 10), the same shape on
 * every store, so 1k and 100k differ in size only. Postgres and PGlite take the bulk INSERT of
 * seed-postgres.ts; memory goes through the store's own writes.
 */
import type { Store } from '@studymate/core';
import type { SqlClient } from '../../server/postgres/database.js';
import { newUserRecord } from '../support/new-user.js';
import { seedPostgres } from './seed-postgres.js';

const HALF_YEAR_MS = 183 * 24 * 60 * 60 * 1000;

const usersFor = (rows: number) => Math.max(10, Math.floor(rows / 10));

export function seedPostgresRows(client: SqlClient, rows: number): Promise<{ firstUserId: number }> {
  return seedPostgres(client, { users: usersFor(rows), sessions: rows, groups: usersFor(rows) });
}

/**
 * The same world as seedPostgres, written through the memory store's repositories: users with a
 * location, sessions spread over a year around now (host round-robin, a place near the users),
 * each with its host and two others registered.
 */
export async function seedMemoryRows(store: Store, rows: number): Promise<{ firstUserId: number }> {
  const now = new Date();
  const userIds: number[] = [];
  for (let n = 1; n <= usersFor(rows); n += 1) {
    const created = await store.users.create(
      newUserRecord({
        email: `seed${n}@example.com`,
        fullName: `Seed user ${n}`,
        learningRadiusKm: 10,
        createdAt: now,
      }),
    );
    if (created === 'email_taken') throw new Error('seed user exists');
    await store.users.update(created.id, {
      location: { latitude: 10 + (n % 1000) / 100, longitude: 106 + (n % 997) / 100, updatedAt: now },
    });
    userIds.push(created.id);
  }
  for (let n = 1; n <= rows; n += 1) {
    const hostIndex = n % userIds.length;
    const session = await store.sessions.create({
      hostId: userIds[hostIndex] ?? 0,
      title: `Seed session ${n}`,
      description: '',
      subjectId: null,
      sessionType: 'in_person',
      locationName: 'Library',
      locationAddress: '',
      location: { latitude: 10 + (n % 1000) / 100, longitude: 106 + (n % 997) / 100 },
      meetingLink: '',
      startTime: new Date(now.getTime() + (((n * 7919 * 60_000) % (HALF_YEAR_MS * 2)) - HALF_YEAR_MS)),
      durationMinutes: 60,
      recurrencePattern: 'none',
      recurrenceEndDate: null,
      maxParticipants: n % 3 === 0 ? null : 10,
      createdAt: now,
      updatedAt: now,
    });
    for (let k = 0; k <= 2; k += 1) {
      const userId = userIds[(hostIndex + k) % userIds.length] ?? 0;
      await store.sessions.register({ sessionId: session.id, userId, notes: '', at: now });
    }
  }
  return { firstUserId: userIds[0] ?? 0 };
}
