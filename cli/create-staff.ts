import { UsageError } from './command-errors.js';
import { CREATE_STAFF_COMMAND } from './options/store-commands.js';
import { readCommandLine } from './options/read-command-line.js';
import { runCommand } from './run-command.js';

/**
 * `npm run create-staff -- --email a@b.c --password a-long-password`: creates (or promotes) a staff
 * user in the database `npm start` uses (DATABASE_URL, else PGlite under --data-dir / DATA_DIR /
 * .data/postgres). A PGlite data dir belongs to one process: run this while the server is stopped.
 */
async function main(): Promise<void> {
  const { email, password, 'data-dir': dataDir } = readCommandLine(CREATE_STAFF_COMMAND);
  if (email === undefined || password === undefined)
    throw new UsageError('Usage: npm run create-staff -- --email you@example.com --password a-long-password');
  // Loaded once the command line holds: `--help` and a mistake answer without loading the server.
  const [{ createCoreServices, createStaffUser }, { openCommandPostgres }] = await Promise.all([
    import('@studymate/core'),
    import('./open-store.js'),
  ]);
  const opened = await openCommandPostgres(dataDir);
  try {
    const { created } = await createStaffUser(
      { email, password },
      createCoreServices({ store: opened.store }),
    );
    console.info(`${created ? 'Created' : 'Promoted'} staff user ${email} in ${opened.location}`);
  } catch (error) {
    // A refused password is the operator's mistake: its message, not a stack.
    throw error instanceof RangeError ? new UsageError(error.message) : error;
  } finally {
    await opened.close();
  }
}

runCommand(main);
