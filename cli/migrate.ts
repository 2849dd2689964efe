import { openPostgresStore } from '@studymate/server';
import { postgresOptionsOf } from './open-store.js';
import { parseArguments } from './parse-arguments.js';
import { runCommand } from './run-command.js';

/**
 * `npm run migrate`: applies pending migrations to the database `npm start` would use
 * (DATABASE_URL and DATABASE_SCHEMA, else PGlite under --data-dir / DATA_DIR / .data/postgres).
 * Safe to run any number of times, and beside a running server.
 */
async function main(): Promise<void> {
  const opened = await openPostgresStore(await postgresOptionsOf(parseArguments(process.argv.slice(2))));
  await opened.close();
  const applied = opened.appliedMigrations;
  console.info(
    applied.length === 0
      ? `${opened.location}: the schema is up to date.`
      : `${opened.location}: applied migration${applied.length === 1 ? '' : 's'} ${applied.join(', ')}.`,
  );
}

runCommand(main);
