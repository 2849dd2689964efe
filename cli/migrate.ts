import { MIGRATE_COMMAND } from './options/store-commands.js';
import { readCommandLine } from './options/read-command-line.js';
import { runCommand } from './run-command.js';

/**
 * `npm run migrate`: applies pending migrations to the database `npm start` would use
 * (DATABASE_URL and DATABASE_SCHEMA, else PGlite under --data-dir / DATA_DIR / .data/postgres).
 * Safe to run any number of times, and beside a running server on Postgres (a PGlite data dir
 * belongs to one process: it says so while the server runs).
 */
async function main(): Promise<void> {
  const options = readCommandLine(MIGRATE_COMMAND);
  // Loaded once the command line holds: `--help` and a mistake answer without loading the server.
  const { openCommandPostgres } = await import('./open-store.js');
  const opened = await openCommandPostgres(options['data-dir']);
  await opened.close();
  const applied = opened.appliedMigrations;
  console.info(
    applied.length === 0
      ? `${opened.location}: the schema is up to date.`
      : `${opened.location}: applied migration${applied.length === 1 ? '' : 's'} ${applied.join(', ')}.`,
  );
}

runCommand(main);
