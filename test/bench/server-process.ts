/**
 * What the bench's server processes (servers.ts, profile-server.ts) share: the reference server as
 * production runs it, Postgres schemas of their own, and an exit on SIGTERM or when their stdin
 * closes (whoever started them is gone) that first runs every cleanup, so no server or schema
 * outlives a bench.
 */
import { randomBytes } from 'node:crypto';
import { silentLogger, type Store } from '@studymate/core';
import { startServer, type StartServerOptions } from '../../server/http/start-server.js';
import { openPostgresStore, type OpenedPostgresStore } from '../../server/postgres/open-postgres-store.js';
import { dropPgSchema } from '../../server/postgres/pg-database.js';

const cleanups: (() => Promise<void>)[] = [];

/** Runs `cleanup` at exit, alongside the others. */
export function atExit(cleanup: () => Promise<void>): void {
  cleanups.push(cleanup);
}

/** From now on, SIGTERM or the end of stdin runs every cleanup, then exits. */
export function exitWhenStopped(): void {
  let exiting = false;
  const exit = () => {
    if (exiting) return;
    exiting = true;
    void Promise.allSettled(cleanups.map((cleanup) => cleanup())).finally(() => process.exit(0));
  };
  process.once('SIGTERM', exit);
  process.stdin.on('end', exit).resume();
}

/** The reference server on `store`, on a free port, closed at exit: answers its URL. */
export async function serveReference(store: Store, config: StartServerOptions['config']): Promise<string> {
  const running = await startServer({
    store,
    logger: silentLogger,
    config,
    port: 0,
    host: '127.0.0.1',
    // What production runs (NODE_ENV=production): the shape check, not zod's full response check.
    responseCheck: 'shape',
  });
  atExit(() => running.close());
  return running.url;
}

/** The Postgres store at DATABASE_URL in a fresh schema `<prefix>_<random hex>`, dropped at exit. */
export async function openPostgresSchema(prefix: string): Promise<OpenedPostgresStore> {
  const databaseUrl = process.env['DATABASE_URL'];
  if (!databaseUrl) throw new Error('DATABASE_URL is not set');
  const schema = `${prefix}_${randomBytes(4).toString('hex')}`;
  const opened = await openPostgresStore({ databaseUrl, schema });
  atExit(async () => {
    await opened.close();
    await dropPgSchema(databaseUrl, schema);
  });
  return opened;
}
