import cluster from 'node:cluster';
import { UsageError } from './command-errors.js';
import { API_COMMAND } from './options/api-command.js';
import { readCommandLine } from './options/read-command-line.js';
import { runCommand } from './run-command.js';

/**
 * `studymate-api` (`npm start`): the reference server; `--help` lists its options. By default on
 * PGlite persisted under .data/postgres (data survives a restart, one process per data dir);
 * DATABASE_URL runs it on a Postgres server; `--memory` on the memory store. A new (empty) store
 * gets the deterministic demo world. REDIS_URL shares chat events, presence and rate limits with
 * every other process on the same Redis; `--workers N` runs N processes behind one port, and needs
 * REDIS_URL and DATABASE_URL.
 */
async function main(): Promise<void> {
  const options = readCommandLine(API_COMMAND);
  if ((options['staff-email'] === undefined) !== (options['staff-password'] === undefined))
    throw new UsageError(
      '--staff-email and --staff-password go together (or STAFF_EMAIL and STAFF_PASSWORD).',
    );
  // Only now the server, its store and the demo world (seconds to load): --help and a mistake on
  // the command line answer without them.
  const { serve, startWorkers } = await import('./serve-api.js');
  if (cluster.isPrimary && options.workers > 1) {
    await startWorkers(options);
    return;
  }
  await serve(options);
}

runCommand(main);
