import { DEMO_LOGINS, seedWorld } from '@studymate/mocks';
import { createCoreServices, createStaffUser, RECOMMENDED_PBKDF2_ITERATIONS } from '@studymate/core';
import { LOCAL_HOSTS, startServer } from '@studymate/server';
import { httpOptionsFromEnvironment } from './http-environment.js';
import { openCommandStore } from './open-store.js';
import { closeOnSignals, runCommand } from './run-command.js';
import { parseArguments } from './parse-arguments.js';

/**
 * `npm start`: the reference server. By default on PGlite persisted under .data/postgres (data
 * survives a restart); DATABASE_URL runs it on a Postgres server; `--memory` on the memory store.
 * A new (empty) store gets the deterministic demo world.
 * PORT and HOST override http://127.0.0.1:8000; JWT_SECRET keeps tokens valid across restarts;
 * `--staff-email a@b.c --staff-password secret123` creates (or promotes) a staff user at start.
 */
async function main(): Promise<void> {
  const argumentsByName = parseArguments(process.argv.slice(2));
  const opened = await openCommandStore(argumentsByName);
  const { store } = opened;
  const config = process.env['JWT_SECRET'] ? { jwtSecret: process.env['JWT_SECRET'] } : {};
  const services = createCoreServices({ store, config });
  // The same world all day: sessions sit around today's midnight (UTC), so some are always upcoming.
  const today = new Date(new Date().toISOString().slice(0, 10));
  const world = opened.isNew
    ? await seedWorld(store, {
        passwordIterations: RECOMMENDED_PBKDF2_ITERATIONS,
        seed: Number(process.env['SEED'] ?? 1),
        referenceDate: today,
      })
    : null;
  const staffEmail = argumentsByName.get('staff-email');
  const staffPassword = argumentsByName.get('staff-password');
  if (typeof staffEmail === 'string' && typeof staffPassword === 'string') {
    const { created } = await createStaffUser({ email: staffEmail, password: staffPassword }, services);
    console.info(`${created ? 'Created' : 'Promoted'} staff user ${staffEmail}`);
  }
  const host = process.env['HOST'] ?? '127.0.0.1';
  const http = httpOptionsFromEnvironment();
  const running = await startServer({
    ...services,
    port: Number(process.env['PORT'] ?? 8000),
    host,
    // The address it listens on is a name its users may call it by, unless it is every address.
    http: { allowedHosts: [...LOCAL_HOSTS, ...(['0.0.0.0', '::'].includes(host) ? [] : [host])], ...http },
  });
  const contents = world
    ? `new demo world: ${world.users} users, ${world.sessions} sessions, ${world.groups} groups`
    : 'existing data';
  console.info(`Study Mate API on ${running.url} (${opened.description}, ${contents})`);
  console.info(
    `API docs: ${running.url}/api/docs/  ReDoc: ${running.url}/api/redoc/  OpenAPI: ${running.url}/api/schema/`,
  );
  for (const [role, login] of Object.entries(DEMO_LOGINS)) {
    console.info(`Demo ${role}: ${login.email} / ${login.password}`);
  }
  closeOnSignals(async () => {
    await running.close();
    await opened.close();
  });
}

runCommand(main);
