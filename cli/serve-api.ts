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
import { UsageError } from './command-errors.js';
import { commandLogger } from './command-logger.js';
import { coreConfigFromEnvironment } from './core-environment.js';
import { httpOptionsFromEnvironment } from './http-environment.js';
import { listenFailure } from './listen-failure.js';
import { openBackplaneFromEnvironment } from './open-backplane.js';
import { openCommandStore, type Progress } from './open-store.js';
import type { API_COMMAND } from './options/api-command.js';
import type { OptionValues } from './options/option-table.js';
import { closeOnSignals } from './run-command.js';
import { ensurePortFree, runWorkers, type WorkerListening } from './run-workers.js';
import { setting } from './settings.js';

/**
 * `studymate-api`'s options as cli/start.ts read them. This file (and with it the server, the
 * stores, the backplane and the demo world) is imported only after, so `--help` answers without it.
 */
type ApiOptions = OptionValues<typeof API_COMMAND.options>;

const progress: Progress = (line) => console.info(line);

/** The primary of `--workers N`: prepares the database once (migrations, demo world), then forks. */
export async function startWorkers(options: ApiOptions): Promise<void> {
  if (!setting('DATABASE_URL') || !setting('REDIS_URL') || options.memory) {
    throw new UsageError(
      `--workers ${options.workers} needs DATABASE_URL (one database for every worker; PGlite and --memory are one process) ` +
        'and REDIS_URL (the backplane that makes the workers one server).',
    );
  }
  await ensurePortFree(options);
  // Every worker must sign and verify tokens with one secret: without JWT_SECRET, one for this run.
  process.env['JWT_SECRET'] ??= randomBytes(32).toString('base64url');
  const opened = await openCommandStore({ memory: false, dataDir: options['data-dir'] }, progress);
  const world = await prepare(opened, options);
  await opened.close();
  const url = await runWorkers(options.workers);
  announce(url, `${opened.description}, ${options.workers} workers, Redis backplane`, { world, options });
}

/** One server process: alone, or one worker of `--workers N`. */
export async function serve(options: ApiOptions): Promise<void> {
  const { logger, requestLogger } = commandLogger(options['log-level']);
  const opened = await openCommandStore(
    {
      memory: options.memory,
      dataDir: options['data-dir'],
      onFault: (error) => logger.error('Lost the connection that hears user changes; retrying', error),
    },
    progress,
  );
  const backplane = await openBackplaneFromEnvironment(logger);
  if (backplane && cluster.isPrimary) warnOfUnsharedSettings();
  // The primary of --workers prepared the store already.
  const world = cluster.isPrimary ? await prepare(opened, options) : null;
  const services = createCoreServices({
    store: opened.store,
    config: coreConfigFromEnvironment(),
    logger,
    ...(backplane && { events: backplane.events, rateLimits: backplane.rateLimits }),
  });
  const { host, port } = options;
  const close = async () => {
    await backplane?.close();
    await opened.close();
  };
  const running = await startServer({
    ...services,
    ...(backplane && { presenceBoard: backplane.presenceBoard }),
    port,
    host,
    requestLogger,
    // The address it listens on is a name its users may call it by, unless it is every address.
    http: {
      allowedHosts: [...LOCAL_HOSTS, ...(['0.0.0.0', '::'].includes(host) ? [] : [host])],
      ...httpOptionsFromEnvironment(),
    },
  }).catch(async (error: unknown) => {
    await close();
    throw listenFailure(error, { host, port });
  });
  closeOnSignals(async () => {
    await running.close();
    await close();
  });
  if (cluster.isWorker) {
    process.send?.({ type: 'listening', url: running.url } satisfies WorkerListening);
    return;
  }
  announce(running.url, `${opened.description}${backplane ? ', Redis backplane' : ''}`, { world, options });
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
async function prepare(opened: { store: Store; isNew: boolean }, options: ApiOptions): Promise<World | null> {
  const { store } = opened;
  let world: World | null = null;
  if (opened.isNew && wantsDemoWorld(options)) {
    progress(`New database: creating the demo world (seed ${options.seed})…`);
    const started = performance.now();
    // The same world all day: sessions sit around today's midnight (UTC), so some are always upcoming.
    world = await seedWorld(store, {
      passwordIterations: RECOMMENDED_PBKDF2_ITERATIONS,
      seed: options.seed,
      referenceDate: new Date(new Date().toISOString().slice(0, 10)),
    });
    progress(`Demo world created in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  }
  const email = options['staff-email'];
  const password = options['staff-password'];
  if (email !== undefined && password !== undefined) {
    const { created } = await createStaffUser({ email, password }, createCoreServices({ store })).catch(
      (error: unknown) => {
        // A refused password is the operator's mistake: its message, not a stack.
        throw error instanceof RangeError ? new UsageError(error.message) : error;
      },
    );
    console.info(`${created ? 'Created' : 'Promoted'} staff user ${email}`);
  }
  return world;
}

/**
 * The demo world brings accounts whose passwords are in this README, a staff one among them: never
 * on a production server unless asked for.
 */
function wantsDemoWorld(options: ApiOptions): boolean {
  return (options['demo-world'] ?? (process.env['NODE_ENV'] === 'production' ? 'off' : 'on')) === 'on';
}

function announce(url: string, description: string, run: { world: World | null; options: ApiOptions }): void {
  const { world, options } = run;
  const contents = world
    ? `new demo world: ${world.users} users, ${world.sessions} sessions, ${world.groups} groups`
    : wantsDemoWorld(options)
      ? 'existing data'
      : 'no demo world';
  console.info(`Study Mate API on ${url} (${description}, ${contents})`);
  console.info(`API docs: ${url}/api/docs/  ReDoc: ${url}/api/redoc/  OpenAPI: ${url}/api/schema/`);
  if (!wantsDemoWorld(options)) return;
  for (const [role, login] of Object.entries(DEMO_LOGINS)) {
    console.info(`Demo ${role}: ${login.email} / ${login.password}`);
  }
}
