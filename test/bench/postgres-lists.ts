/**
 * List growth on the Postgres store: p50 per request of each main list through the real server
 * (`startServer` on `openPostgresStore`, port 0), at 1,000 and at 100,000 sessions (bulk seeded by
 * `seedPostgres`), on PGlite and, when DATABASE_URL is set, on that server (a schema dropped after),
 * with the SQL statements each request ran. Requests go one at a time: this is latency, not load.
 *
 *   npx tsx test/bench/postgres-lists.ts [sizes=1000,100000] [requests=100] [drivers=pg,pglite]
 */
import { randomBytes } from 'node:crypto';
import { createCoreServices, silentLogger } from '../../core/index.js';
import { startServer } from '../../server/http/start-server.js';
import { createPostgresStore } from '../../server/postgres/create-postgres-store.js';
import { observeQueries, type SqlClient } from '../../server/postgres/database.js';
import { openPostgresStore } from '../../server/postgres/open-postgres-store.js';
import { dropPgSchema } from '../../server/postgres/pg-database.js';
import { seedPostgres } from './seed-postgres.js';

const sizes = (process.argv[2] ?? '1000,100000').split(',').map(Number);
const REQUESTS = Number(process.argv[3] ?? 100);

const lists: Record<string, string> = {
  sessions: '/api/sessions/?page_size=20',
  'sessions upcoming': '/api/sessions/?page_size=20&status=upcoming',
  'sessions page 3': '/api/sessions/?page_size=20&page=3',
  my_sessions: '/api/sessions/my_sessions/',
  nearby: '/api/sessions/nearby/?radius_km=50',
  groups: '/api/groups/?page_size=20',
  'groups nearby': '/api/groups/nearby/?radius_km=50',
  subjects: '/api/subjects/?page_size=20',
  'discover nearby learners': '/api/discover/nearby-learners/?radius=50',
  'group messages': '/api/groups/1/messages/',
  conversations: '/api/chat/conversations/',
  'connection requests': '/api/matching/requests/',
  'connection requests received': '/api/matching/requests/received/',
};

/**
 * Rows for the chat and connection lists, in proportion to the size: `size` messages in group 1's
 * conversation (which the caller joins), and `size / 10` connection requests between seeded users,
 * five of them to the caller.
 */
async function seedChatAndRequests(
  client: SqlClient,
  { size, callerId, now }: { size: number; callerId: number; now: Date },
) {
  await client.query(
    `INSERT INTO messages (conversation_id, sender_id, content, created_at, position)
     SELECT g.conversation_id, g.created_by_id, 'Seed message ' || n,
       $2::timestamptz - make_interval(secs => $1::int - n), c.message_count + n
     FROM study_groups g JOIN conversations c ON c.id = g.conversation_id
     CROSS JOIN generate_series(1, $1::int) AS n WHERE g.id = 1`,
    [size, now],
  );
  await client.query(
    `UPDATE conversations SET message_count = message_count + $1::int
     WHERE id = (SELECT conversation_id FROM study_groups WHERE id = 1)`,
    [size],
  );
  await client.query(
    `INSERT INTO connection_requests (sender_id, receiver_id, state, message, created_at, updated_at)
     SELECT s.id, r.id, 'pending', '', $2::timestamptz, $2::timestamptz
     FROM generate_series(1, $1::int) AS n
     JOIN users s ON s.id = 2 * n JOIN users r ON r.id = 2 * n + 1`,
    [size / 10 / 2, now],
  );
  await client.query(
    `INSERT INTO connection_requests (sender_id, receiver_id, state, message, created_at, updated_at)
     SELECT n * 2 + 1, $1::int, 'pending', '', $2::timestamptz, $2::timestamptz FROM generate_series(1, 5) AS n`,
    [callerId, now],
  );
  await client.exec('ANALYZE');
}

interface Row {
  driver: string;
  size: number;
  list: string;
  p50: number;
  statements: number;
}

async function measure(driver: 'pglite' | 'pg', size: number): Promise<Row[]> {
  const databaseUrl = process.env['DATABASE_URL'];
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const opened = await openPostgresStore(driver === 'pg' ? { databaseUrl, schema } : {});
  let statements = 0;
  const database = observeQueries(opened.database, () => {
    statements += 1;
  });
  const now = new Date();
  await seedPostgres(
    opened.database,
    { users: Math.max(100, size / 10), sessions: size, groups: size / 10 },
    now,
  );
  const services = createCoreServices({ store: createPostgresStore(database), logger: silentLogger });
  const running = await startServer({ ...services, port: 0, host: '127.0.0.1' });
  try {
    const signUp = await fetch(`${running.url}/api/auth/register/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'bench@example.com',
        password: 'bench-password-1',
        password_confirm: 'bench-password-1',
      }),
    });
    const { tokens } = (await signUp.json()) as { tokens: { access: string } };
    const headers = { authorization: `Bearer ${tokens.access}`, 'content-type': 'application/json' };
    await fetch(`${running.url}/api/users/location/`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ latitude: 10.5, longitude: 106.5 }),
    });
    // The caller joins five upcoming sessions, so that my_sessions and the caller's rows have
    // something at every size.
    const upcoming = await opened.database.query<{ id: number }>(
      `SELECT id FROM study_sessions WHERE start_time > $1::timestamptz + interval '1 hour'
         AND cancelled_at IS NULL ORDER BY id DESC LIMIT 5`,
      [now],
    );
    for (const { id } of upcoming) {
      const join = await fetch(`${running.url}/api/sessions/${id}/join/`, {
        method: 'POST',
        headers,
        body: '{}',
      });
      if (join.status >= 300) throw new Error(`joining session ${id} answered ${join.status}`);
    }
    const joined = await fetch(`${running.url}/api/groups/1/join/`, { method: 'POST', headers, body: '{}' });
    if (joined.status >= 300) throw new Error(`joining group 1 answered ${joined.status}`);
    const me = (await (await fetch(`${running.url}/api/auth/profile/`, { headers })).json()) as {
      id: number;
    };
    await seedChatAndRequests(opened.database, { size, callerId: me.id, now });
    // Every list a while first, so that the first size measured does not also pay for the JIT.
    for (let round = 0; round < 50; round += 1)
      for (const path of Object.values(lists))
        await (await fetch(`${running.url}${path}`, { headers })).arrayBuffer();
    const rows: Row[] = [];
    for (const [list, path] of Object.entries(lists)) {
      const times: number[] = [];
      let perRequest = 0;
      for (let index = 0; index < REQUESTS + 10; index += 1) {
        statements = 0;
        const started = performance.now();
        const response = await fetch(`${running.url}${path}`, { headers });
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
        if (index >= 10) times.push(performance.now() - started);
        perRequest = statements;
      }
      times.sort((a, b) => a - b);
      rows.push({
        driver,
        size,
        list,
        p50: times[Math.floor(times.length / 2)] ?? NaN,
        statements: perRequest,
      });
    }
    return rows;
  } finally {
    await running.close();
    await opened.close();
    if (driver === 'pg' && databaseUrl) await dropPgSchema(databaseUrl, schema);
  }
}

const drivers: ('pglite' | 'pg')[] = process.env['DATABASE_URL'] ? ['pg', 'pglite'] : ['pglite'];
const only = process.argv[4]?.split(',');
if (only) drivers.splice(0, drivers.length, ...drivers.filter((driver) => only.includes(driver)));
const all: Row[] = [];
for (const driver of drivers) for (const size of sizes) all.push(...(await measure(driver, size)));

const first = sizes[0];
const last = sizes.at(-1);
process.stdout.write(
  `| store | list | p50 at ${first} (ms) | p50 at ${last} (ms) | × | statements |\n|---|---|---|---|---|---|\n`,
);
for (const driver of drivers)
  for (const list of Object.keys(lists)) {
    const small = all.find((row) => row.driver === driver && row.size === first && row.list === list);
    const large = all.find((row) => row.driver === driver && row.size === last && row.list === list);
    if (!small || !large) continue;
    process.stdout.write(
      `| ${driver} | ${list} | ${small.p50.toFixed(2)} | ${large.p50.toFixed(2)} | ${(large.p50 / small.p50).toFixed(2)} | ${small.statements} / ${large.statements} |\n`,
    );
  }
process.stdout.write(`${JSON.stringify(all)}\n`);
