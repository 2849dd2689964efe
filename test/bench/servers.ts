/**
 * The servers under load, in their own process so the load generator does not share their event
 * loop. `argv[2]` says which (JSON):
 *
 * - `{"kind":"base"}`: the same-bytes Express ceiling, the raw `ws` broadcast, and the reference
 *   server on each store (memory, PGlite in process, and the Postgres server at DATABASE_URL when
 *   there is one, in a schema dropped at exit), plus one on memory for the fan-out.
 * - `{"kind":"growth","store":"memory"|"PGlite"|"Postgres","rows":N}`: the reference server on one
 *   store seeded with N sessions, and an access token of a seeded user who has a location.
 *
 * It prints one JSON line (the URLs), and exits on SIGTERM or when its stdin closes (the load
 * generator is gone), so no server outlives a bench.
 */
import express from 'express';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCoreServices, silentLogger, type Store } from '@studymate/core';
import { createMemoryStore } from '../../core/adapters/memory-store/create-memory-store.js';
import { openPostgresStore, type OpenedPostgresStore } from '../../server/postgres/open-postgres-store.js';
import { startRawBroadcast } from './fan-out.js';
import { seedMemoryRows, seedPostgresRows } from './seeding.js';
import { atExit, exitWhenStopped, openPostgresSchema, serveReference } from './server-process.js';

export type ServersMode =
  { kind: 'base' } | { kind: 'growth'; store: 'memory' | 'PGlite' | 'Postgres'; rows: number };

const mode = JSON.parse(process.argv[2] ?? '{"kind":"base"}') as ServersMode;
const databaseUrl = process.env['DATABASE_URL'];
exitWhenStopped();

const jwtSecret = randomBytes(32).toString('hex');
/** Chat budgets out of the way: the fan-out sends far more than a person may. */
const config = {
  jwtSecret,
  rateLimits: {
    chatMessages: { limit: 1e9, windowMs: 1000 },
    typing: { limit: 1e9, windowMs: 1000 },
    readReceipts: { limit: 1e9, windowMs: 1000 },
  },
};

const serve = (store: Store) => serveReference(store, config);
const openPostgres = () => openPostgresSchema('bench');

async function openPglite(): Promise<OpenedPostgresStore> {
  const opened = await openPostgresStore();
  atExit(() => opened.close());
  return opened;
}

/**
 * The ceiling of any Express server: `PUT /__page` fixes a JSON body in memory, then `GET /page`
 * and `POST /page` (with Express's JSON body parser, as any POST route has) `res.json()` it.
 */
async function startCeiling(): Promise<string> {
  const app = express();
  let page: unknown = null;
  let status = 200;
  app.put('/__page', express.json({ limit: '10mb' }), (request, response) => {
    page = request.body as unknown;
    status = Number(request.query['status'] ?? 200);
    response.status(204).end();
  });
  // The process's CPU time so far (ms), so the fan-out can weigh its work apart from the machine's load.
  app.get('/__cpu', (_request, response) => {
    const { user, system } = process.cpuUsage();
    response.json((user + system) / 1000);
  });
  app.get('/page', (_request, response) => {
    response.status(status).json(page);
  });
  app.post('/page', express.json(), (_request, response) => {
    response.status(status).json(page);
  });
  const server = createServer(app).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  atExit(() => new Promise((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

if (mode.kind === 'base') {
  const raw = await startRawBroadcast();
  atExit(() => {
    raw.close();
    return Promise.resolve();
  });
  const stores: Record<string, string> = {
    memory: await serve(createMemoryStore()),
    PGlite: await serve((await openPglite()).store),
  };
  if (databaseUrl) stores['Postgres'] = await serve((await openPostgres()).store);
  const fanOut = await serve(createMemoryStore());
  process.stdout.write(
    `${JSON.stringify({ ceiling: await startCeiling(), rawWs: raw.url, fanOut, stores })}\n`,
  );
} else {
  let store: Store;
  let firstUserId: number;
  if (mode.store === 'memory') {
    store = createMemoryStore();
    ({ firstUserId } = await seedMemoryRows(store, mode.rows));
  } else {
    const opened = mode.store === 'PGlite' ? await openPglite() : await openPostgres();
    store = opened.store;
    ({ firstUserId } = await seedPostgresRows(opened.database, mode.rows));
  }
  const url = await serve(store);
  const services = createCoreServices({ store, config, logger: silentLogger });
  const { access } = await services.tokens.issuePair({ userId: firstUserId, passwordVersion: 0 });
  process.stdout.write(`${JSON.stringify({ url, token: access })}\n`);
}
