import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StudyMateClient } from '../../sdk/index.js';
import { startServer } from '../../server/http/start-server.js';
import { createPostgresStore } from '../../server/postgres/create-postgres-store.js';
import { observeQueries } from '../../server/postgres/database.js';
import { seedPostgres } from '../bench/seed-postgres.js';
import { signUp, type SignedInUser } from '../support/factories.js';
import { createGroup } from '../support/groups.js';
import { connect, conversationOf } from '../support/matching.js';
import { hostSession } from '../support/sessions.js';
import { httpTarget } from '../targets/http-target.js';
import { createTestServices } from '../targets/in-process-services.js';
import { openTestDatabase, type TestDatabase } from '../targets/postgres-databases.js';
import type { Target } from '../targets/target.js';

/**
 * A list request runs at most three SQL statements (the caller; the page with its count and the
 * rows it shows, or the room or session it belongs to with the page), and as many for a page of 1
 * as of 100, on a small table as on one with thousands more rows. Counted through the Database
 * seam, on PGlite, and on the server at DATABASE_URL when it is set.
 */
const MAX_STATEMENTS = 3;
let statements = 0;
let opened: TestDatabase;
let target: Target;
let me: SignedInUser;
const fixture = { groupId: 0, sessionId: 0, conversationId: 0 };

beforeAll(async () => {
  opened = await openTestDatabase(process.env['DATABASE_URL'] ? 'pg' : 'pglite');
  const database = observeQueries(opened.database, () => {
    statements += 1;
  });
  const services = createTestServices(createPostgresStore(database));
  const running = await startServer({ ...services, port: 0, host: '127.0.0.1' });
  target = httpTarget({
    name: 'list-statements',
    url: running.url,
    clock: services.clock,
    services,
    dropChatConnections: (filter) => running.sockets.terminate(filter),
    close: () => running.close(),
  });
  me = await signUp(target);
  await me.client.location.update({ body: { latitude: 10.5, longitude: 106.5 } });
  const group = await createGroup(me, { latitude: 10.5, longitude: 106.5 });
  fixture.groupId = group.id;
  for (let index = 0; index < 4; index += 1) {
    const session = await hostSession(target, me, {
      title: `Mine ${index}`,
      session_type: 'in_person',
      location_name: 'Library',
      latitude: 10.5,
      longitude: 106.5,
    });
    fixture.sessionId = session.id;
    const other = await signUp(target);
    await other.client.location.update({ body: { latitude: 10.5, longitude: 106.5 } });
    await other.client.sessions.join({ params: { id: session.id }, body: {} });
    await other.client.groups.join({ params: { id: group.id }, body: {} });
    await other.client.groupMessages.send({
      params: { groupId: group.id },
      body: { content: `hi ${index}` },
    });
    const connection = await connect(other, me);
    fixture.conversationId = await conversationOf(me, connection.id);
    await other.client.chat.sendMessage({
      body: { conversation: fixture.conversationId, content: `hello ${index}` },
    });
  }
  await seed(200);
}, 300_000);

afterAll(async () => {
  await target.close();
  await opened.close();
});

/** Bulk rows around the caller: sessions, users and groups, near and far, past and upcoming. */
async function seed(sessions: number) {
  await seedPostgres(
    opened.database,
    { users: Math.max(50, sessions / 10), sessions, groups: sessions / 10 },
    target.clock.now(),
  );
}

type ListCall = (client: StudyMateClient, pageSize: number) => Promise<{ status: number; body: unknown }>;

const lists: Record<string, ListCall> = {
  'GET /api/sessions/': (client, page_size) => client.sessions.list({ query: { page_size } }),
  'GET /api/sessions/?status=upcoming': (client, page_size) =>
    client.sessions.list({ query: { page_size, status: 'upcoming' } }),
  'GET /api/sessions/?status=completed': (client, page_size) =>
    client.sessions.list({ query: { page_size, status: 'completed' } }),
  'GET /api/sessions/?session_type=in_person': (client, page_size) =>
    client.sessions.list({ query: { page_size, session_type: 'in_person' } }),
  'GET /api/sessions/my_sessions/': (client) => client.sessions.mySessions(),
  'GET /api/sessions/nearby/': (client) => client.sessions.nearby({ query: { radius_km: 500 } }),
  'GET /api/sessions/:id/participants/': (client, page_size) =>
    client.sessions.participants({ params: { id: fixture.sessionId }, query: { page_size } }),
  'GET /api/groups/': (client, page_size) => client.groups.list({ query: { page_size } }),
  'GET /api/groups/my_groups/': (client) => client.groups.myGroups(),
  'GET /api/groups/nearby/': (client) => client.groups.nearby({ query: { radius_km: 500 } }),
  'GET /api/groups/:id/members/': (client, page_size) =>
    client.groups.members({ params: { id: fixture.groupId }, query: { page_size } }),
  'GET /api/groups/:id/messages/': (client, page_size) =>
    client.groupMessages.list({ params: { groupId: fixture.groupId }, query: { page_size } }),
  'GET /api/matching/requests/': (client, page_size) =>
    client.matching.listRequests({ query: { page_size } }),
  'GET /api/matching/connections/': (client, page_size) => client.connections.list({ query: { page_size } }),
  'GET /api/groups/:id/join_requests/': (client, page_size) =>
    client.groups.joinRequests({ params: { id: fixture.groupId }, query: { page_size } }),
  'GET /api/groups/my_join_requests/': (client, page_size) =>
    client.groups.myJoinRequests({ query: { page_size } }),
  'GET /api/chat/conversations/': (client) => client.chat.listConversations(),
  'GET /api/chat/conversations/:id/messages/': (client, page_size) =>
    client.chat.listMessages({ params: { id: fixture.conversationId }, query: { page_size } }),
  'GET /api/discover/nearby-learners/': (client, page_size) =>
    client.discover.nearbyLearners({ query: { page_size, radius: 500 } }),
  'GET /api/subjects/': (client, page_size) => client.subjects.list({ query: { page_size } }),
  'GET /api/schools/': (client, page_size) => client.schools.list({ query: { page_size } }),
  'GET /api/cities/': (client, page_size) => client.cities.list({ query: { page_size } }),
  'GET /api/goals/': (client, page_size) => client.goals.list({ query: { page_size } }),
};

async function countStatements(list: ListCall, pageSize: number) {
  statements = 0;
  const response = await list(me.client, pageSize);
  expect(response.status).toBe(200);
  return statements;
}

describe('list requests on Postgres run a bounded, constant number of SQL statements', () => {
  const counted = new Map<string, number>();

  it.each(Object.entries(lists))('%s: at most 3, the same for a page of 1 and of 100', async (name, list) => {
    const one = await countStatements(list, 1);
    const hundred = await countStatements(list, 100);
    counted.set(name, one);
    expect(hundred).toBe(one);
    expect(one).toBeLessThanOrEqual(MAX_STATEMENTS);
  });

  it('the same on tables ten times larger', async () => {
    await seed(2000);
    const after = new Map<string, number>();
    for (const [name, list] of Object.entries(lists)) after.set(name, await countStatements(list, 100));
    expect(Object.fromEntries(after)).toEqual(Object.fromEntries(counted));
  }, 120_000);
});
