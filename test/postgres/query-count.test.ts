import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StudyMateClient } from '../../sdk/index.js';
import { signUp, type SignedInUser } from '../support/factories.js';
import { createGroup } from '../support/groups.js';
import { connect } from '../support/matching.js';
import { hostSession } from '../support/sessions.js';
import { createServerPostgresTarget } from '../targets/server-postgres-target.js';
import type { Target } from '../targets/index.js';

/**
 * No N+1: a list endpoint runs the same number of SQL statements for a page of 1 row as for a
 * page of 100 (DESIGN §6). Every list below holds 25 rows or more.
 */
const ROWS = 25;
let statements = 0;
let target: Target;
let me: SignedInUser;
const fixture = { sessionId: 0, groupId: 0, privateGroupId: 0, conversationId: 0 };

beforeAll(async () => {
  target = await createServerPostgresTarget(process.env['DATABASE_URL'] ? 'pg' : 'pglite', () => {
    statements += 1;
  });
  me = await signUp(target);
  await target.makeStaff(me.email);
  const session = await hostSession(target, me, { max_participants: 100 });
  const group = await createGroup(me);
  const privateGroup = await createGroup(me, { privacy: 'private', name: 'Private' });
  Object.assign(fixture, { sessionId: session.id, groupId: group.id, privateGroupId: privateGroup.id });
  for (let index = 0; index < ROWS; index += 1) {
    const other = await signUp(target);
    await hostSession(target, me, { title: `Session ${index}` });
    await createGroup(me, { name: `Group ${index}` });
    await other.client.sessions.join({ params: { id: session.id }, body: {} });
    await other.client.groups.join({ params: { id: group.id }, body: {} });
    await other.client.groups.join({ params: { id: privateGroup.id }, body: { message: 'me too' } });
    await other.client.groupMessages.send({
      params: { groupId: group.id },
      body: { content: `hello ${index}` },
    });
    const connection = await connect(other, me);
    await other.client.connections.get({ params: { id: connection.id } });
    await target.addSubject({ code: `QC${index}`, name_en: `Subject ${index}` });
    await target.addSchool({ name: `School ${index}` });
    target.clock.advance(20 * 60 * 1000);
    await me.client.location.update({ body: { latitude: 10 + index / 10, longitude: 106 } });
  }
}, 300_000);

afterAll(async () => {
  await target.close();
});

type ListCall = (client: StudyMateClient, pageSize: number) => Promise<{ status: number; body: unknown }>;

const lists: Record<string, ListCall> = {
  'GET /api/sessions/': (client, page_size) => client.sessions.list({ query: { page_size } }),
  'GET /api/sessions/:id/participants/': (client, page_size) =>
    client.sessions.participants({ params: { id: fixture.sessionId }, query: { page_size } }),
  'GET /api/groups/': (client, page_size) => client.groups.list({ query: { page_size } }),
  'GET /api/groups/:id/members/': (client, page_size) =>
    client.groups.members({ params: { id: fixture.groupId }, query: { page_size } }),
  'GET /api/groups/:id/join_requests/': (client, page_size) =>
    client.groups.joinRequests({ params: { id: fixture.privateGroupId }, query: { page_size } }),
  'GET /api/groups/:id/messages/': (client, page_size) =>
    client.groupMessages.list({ params: { groupId: fixture.groupId }, query: { page_size } }),
  'GET /api/matching/requests/': (client, page_size) =>
    client.matching.listRequests({ query: { page_size } }),
  'GET /api/connections/': (client, page_size) => client.connections.list({ query: { page_size } }),
  'GET /api/subjects/': (client, page_size) => client.subjects.list({ query: { page_size } }),
  'GET /api/schools/': (client, page_size) => client.schools.list({ query: { page_size } }),
  'GET /api/users/location/history/': (client, page_size) =>
    client.location.listHistory({ query: { page_size } }),
};

describe('list endpoints on Postgres run a constant number of SQL statements', () => {
  it.each(Object.entries(lists))('%s: as many statements for 100 rows as for 1', async (_, list) => {
    const countStatements = async (pageSize: number) => {
      statements = 0;
      const response = await list(me.client, pageSize);
      expect(response.status).toBe(200);
      return { statements, rows: (response.body as { results: unknown[] }).results.length };
    };
    // Once first: the caller's own row is then kept in memory for both counts (user-cache.ts).
    await list(me.client, 1);
    const one = await countStatements(1);
    const hundred = await countStatements(100);
    expect(one.rows).toBe(1);
    expect(hundred.rows).toBeGreaterThanOrEqual(ROWS);
    expect(hundred.statements).toBe(one.statements);
  });
});
