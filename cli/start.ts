import cluster from 'node:cluster';
import { randomBytes } from 'node:crypto';
import { DEMO_LOGINS, seedWorld } from '@studymate/mocks';
import {
  createCoreServices,
  createStaffUser,
  RECOMMENDED_PBKDF2_ITERATIONS,
  type Store,
} from '@studymate/core';
import { LOCAL_HOSTS, startServer } from '@studymate/server';
import { coreConfigFromEnvironment } from './core-environment.js';
import { httpOptionsFromEnvironment } from './http-environment.js';
import { openBackplaneFromEnvironment } from './open-backplane.js';
import { openCommandStore } from './open-store.js';
import { closeOnSignals, runCommand } from './run-command.js';
import { parseArguments } from './parse-arguments.js';
import { runWorkers, type WorkerListening } from './run-workers.js';
import { setting } from './settings.js';

/**
 * `npm start`: the reference server. By default on PGlite persisted under .data/postgres (data
 * survives a restart); DATABASE_URL runs it on a Postgres server; `--memory` on the memory store.
 * A new (empty) store gets the deterministic demo world.
 * PORT and HOST override http://127.0.0.1:8000; JWT_SECRET keeps tokens valid across restarts;
 * `--staff-email a@b.c --staff-password secret123` creates (or promotes) a staff user at start.
 * REDIS_URL shares chat events, presence and rate limits with every other process on the same
 * Redis; `--workers N` (WORKERS) runs N processes behind one port, and needs REDIS_URL and DATABASE_URL.
 */
async function main(): Promise<void> {
  const argumentsByName = parseArguments(process.argv.slice(2));
  const workers = workerCount(argumentsByName.get('workers') ?? setting('WORKERS'));
  if (cluster.isPrimary && workers > 1) {
    await startWorkers(argumentsByName, workers);
    return;
  }
  await serve(argumentsByName);
}

/** `--workers N`: a positive whole number; 1 when absent. */
function workerCount(given: string | true | undefined): number {
  if (given === undefined) return 1;
  const count = Number(given);
  if (!Number.isInteger(count) || count < 1 || count > 64) {
    refuse(`--workers must be a whole number from 1 to 64, not "${String(given)}".`);
  }
  return count;
}

/** One clear line, exit code 2 (a usage error). */
function refuse(line: string): never {
  console.error(line);
  process.exit(2);
}

/** The primary of `--workers N`: prepares the database once (migrations, demo world), then forks. */
async function startWorkers(argumentsByName: Map<string, string | true>, workers: number): Promise<void> {
  if (!setting('DATABASE_URL') || !setting('REDIS_URL') || argumentsByName.get('memory') === true) {
    refuse(
      `--workers ${workers} needs DATABASE_URL (one database for every worker; PGlite and --memory are one process) ` +
        'and REDIS_URL (the backplane that makes the workers one server).',
    );
  }
  // Every worker must sign and verify tokens with one secret: without JWT_SECRET, one for this run.
  process.env['JWT_SECRET'] ??= randomBytes(32).toString('base64url');
  const opened = await openCommandStore(argumentsByName);
  const world = await prepare(opened, argumentsByName);
  await opened.close();
  const url = await runWorkers(workers);
  announce(url, `${opened.description}, ${workers} workers, Redis backplane`, world);
}

/** One server process: alone, or one worker of `--workers N`. */
async function serve(argumentsByName: Map<string, string | true>): Promise<void> {
  const opened = await openCommandStore(argumentsByName);
  const backplane = await openBackplaneFromEnvironment();
  if (backplane && cluster.isPrimary) warnOfUnsharedSettings();
  // The primary of --workers prepared the store already.
  const world = cluster.isPrimary ? await prepare(opened, argumentsByName) : null;
  const config = coreConfigFromEnvironment();
  const services = createCoreServices({
    store: opened.store,
    config,
    ...(backplane && { events: backplane.events, rateLimits: backplane.rateLimits }),
  });
  const host = process.env['HOST'] ?? '127.0.0.1';
  const http = httpOptionsFromEnvironment();
  const running = await startServer({
    ...services,
    ...(backplane && { presenceBoard: backplane.presenceBoard }),
    port: Number(process.env['PORT'] ?? 8000),
    host,
    // The address it listens on is a name its users may call it by, unless it is every address.
    http: { allowedHosts: [...LOCAL_HOSTS, ...(['0.0.0.0', '::'].includes(host) ? [] : [host])], ...http },
  });
  closeOnSignals(async () => {
    await running.close();
    await backplane?.close();
    await opened.close();
  });
  if (cluster.isWorker) {
    process.send?.({ type: 'listening', url: running.url } satisfies WorkerListening);
    return;
  }
  announce(running.url, `${opened.description}${backplane ? ', Redis backplane' : ''}`, world);
}

/** Settings every instance behind one Redis must share, or their users notice. */
function warnOfUnsharedSettings(): void {
  if (!setting('DATABASE_URL'))
    console.warn(
      "REDIS_URL is set without DATABASE_URL: other instances share this one's chat events but not its data.",
    );
  if (!setting('JWT_SECRET'))
    console.warn(
      'REDIS_URL is set without JWT_SECRET: tokens signed here are refused by every other instance.',
    );
}

interface World {
  users: number;
  sessions: number;
  groups: number;
}

/** A new store gets the demo world; the staff user of --staff-email is created or promoted. */
async function prepare(
  opened: { store: Store; isNew: boolean },
  argumentsByName: Map<string, string | true>,
): Promise<World | null> {
  const { store } = opened;
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
    const services = createCoreServices({ store });
    const { created } = await createStaffUser({ email: staffEmail, password: staffPassword }, services);
    console.info(`${created ? 'Created' : 'Promoted'} staff user ${staffEmail}`);
  }
  return world;
}

function announce(url: string, description: string, world: World | null): void {
  const contents = world
    ? `new demo world: ${world.users} users, ${world.sessions} sessions, ${world.groups} groups`
    : 'existing data';
  console.info(`Study Mate API on ${url} (${description}, ${contents})`);
  console.info(`API docs: ${url}/api/docs/  ReDoc: ${url}/api/redoc/  OpenAPI: ${url}/api/schema/`);
  for (const [role, login] of Object.entries(DEMO_LOGINS)) {
    console.info(`Demo ${role}: ${login.email} / ${login.password}`);
  }
}

runCommand(main);
