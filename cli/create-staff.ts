import { createCoreServices, createStaffUser } from '@studymate/core';
import { openPostgresStore } from '@studymate/server';
import { postgresOptionsOf } from './open-store.js';
import { parseArguments } from './parse-arguments.js';
import { runCommand } from './run-command.js';

/**
 * `npm run create-staff -- --email a@b.c --password a-long-password`: creates (or promotes) a staff
 * user in the database `npm start` uses (DATABASE_URL, else PGlite under --data-dir / DATA_DIR /
 * .data/postgres). A PGlite data dir belongs to one process: run this while the server is stopped.
 */
async function main(): Promise<void> {
  const argumentsByName = parseArguments(process.argv.slice(2));
  const email = argumentsByName.get('email');
  const password = argumentsByName.get('password');
  if (typeof email !== 'string' || typeof password !== 'string') {
    console.error('Usage: npm run create-staff -- --email you@example.com --password a-long-password');
    process.exit(2);
  }
  const opened = await openPostgresStore(await postgresOptionsOf(argumentsByName));
  try {
    const { created } = await createStaffUser(
      { email, password },
      createCoreServices({ store: opened.store }),
    );
    console.info(`${created ? 'Created' : 'Promoted'} staff user ${email} in ${opened.location}`);
  } catch (error) {
    // A refused password is the operator's mistake: its message, not a stack.
    if (!(error instanceof RangeError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  } finally {
    await opened.close();
  }
}

runCommand(main);
