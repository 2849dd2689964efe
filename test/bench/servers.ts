/**
 * The servers under load, in their own process so the load generator does not share their CPU:
 * a bare Express app (the baseline) and the reference server on each store: memory, PGlite in
 * process, and the Postgres server at DATABASE_URL when there is one (in a schema dropped at exit).
 */
import express from 'express';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCoreServices, silentLogger } from '../../core/index.js';
import { startServer } from '../../server/http/start-server.js';
import { createMemoryStore } from '../../core/adapters/memory-store/create-memory-store.js';
import { openPostgresStore } from '../../server/postgres/open-postgres-store.js';
import { dropPgSchema } from '../../server/postgres/pg-database.js';
import type { Store } from '../../core/ports/store/store.js';

const bare = express();
bare.get('/ping/', (_request, response) => {
  response.json({ ok: true });
});
const bareServer = createServer(bare).listen(0, '127.0.0.1');
await new Promise((resolve) => bareServer.once('listening', resolve));

const serve = async (store: Store) =>
  (await startServer({ ...createCoreServices({ store, logger: silentLogger }), port: 0, host: '127.0.0.1' }))
    .url;

const stores: Record<string, string> = {
  memory: await serve(createMemoryStore()),
  PGlite: await serve((await openPostgresStore()).store),
};
const databaseUrl = process.env['DATABASE_URL'];
if (databaseUrl) {
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  stores['Postgres'] = await serve((await openPostgresStore({ databaseUrl, schema })).store);
  process.once('SIGTERM', () => {
    void dropPgSchema(databaseUrl, schema).finally(() => process.exit(0));
  });
}

process.stdout.write(
  `${JSON.stringify({ bare: `http://127.0.0.1:${(bareServer.address() as AddressInfo).port}`, stores })}\n`,
);
