import type { Store } from '@studymate/core';
import { createPostgresStore } from './create-postgres-store.js';
import type { Database } from './database.js';
import { migrate } from './migrate.js';
import { createPgDatabase } from './pg-database.js';
import { createPgliteDatabase } from './pglite-database.js';
import { createUserCache } from './user-cache.js';
import { listenForUserChanges, listenOnDatabase } from './user-change-notices.js';

export interface OpenPostgresStoreOptions {
  /** A Postgres server (`postgres://…`); without it, PGlite runs in process. */
  databaseUrl?: string | undefined;
  /** On a server: the schema to use (created if missing). */
  schema?: string | undefined;
  /**
   * On a server: the most connections the pool opens. Default: DATABASE_POOL_SIZE when set, else
   * 10. A list request holds one connection at a time.
   */
  poolSize?: number | undefined;
  /** For PGlite: the directory the data persists in; in memory when absent. */
  dataDir?: string | undefined;
  /** Keep users read by id in memory (see `user-cache.ts`). Default true. */
  cacheUsers?: boolean | undefined;
  /** Told when the connection that hears user changes fails (it is retried). */
  onFault?: ((error: unknown) => void) | undefined;
}

export interface OpenedPostgresStore {
  store: Store;
  database: Database;
  /** Where the data lives, for logs: "postgres://host/db", "PGlite at ./dir", "PGlite in memory". */
  location: string;
  /** Migration versions this start applied (empty when the schema was current). */
  appliedMigrations: number[];
  /** True when the database held no users at open (a new database: demo data may go in). */
  isEmpty: boolean;
  close(): Promise<void>;
}

/** Connects (or boots PGlite), applies pending migrations, and answers the store on top. */
export async function openPostgresStore(
  options: OpenPostgresStoreOptions = {},
): Promise<OpenedPostgresStore> {
  const database = options.databaseUrl
    ? await createPgDatabase({
        connectionString: options.databaseUrl,
        ...(options.schema === undefined ? {} : { schema: options.schema }),
        max: options.poolSize ?? poolSizeFromEnvironment(),
      })
    : await createPgliteDatabase(options.dataDir === undefined ? {} : { dataDir: options.dataDir });
  try {
    const appliedMigrations = await migrate(database);
    const [usage] = await database.query<{ is_empty: boolean }>(
      'SELECT NOT EXISTS (SELECT 1 FROM users) AS is_empty',
    );
    const users = await userCaching(options, database);
    return {
      store: createPostgresStore(database, users.cache ? { userCache: users.cache } : {}),
      database,
      location: options.databaseUrl
        ? redactPassword(options.databaseUrl)
        : options.dataDir
          ? `PGlite at ${options.dataDir}`
          : 'PGlite in memory',
      appliedMigrations,
      isEmpty: usage?.is_empty ?? true,
      close: async () => {
        await users.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/**
 * Users read by id kept in memory, forgotten as they change (see `user-cache.ts`): on a server, the
 * change notices arrive on a connection of their own (other processes write too); PGlite is one
 * connection, which hears them itself.
 */
async function userCaching(options: OpenPostgresStoreOptions, database: Database) {
  if (options.cacheUsers === false) return { close: () => Promise.resolve() };
  const cache = createUserCache({ suspended: true });
  const notices = options.databaseUrl
    ? await listenForUserChanges(cache, {
        connectionString: options.databaseUrl,
        schema: options.schema,
        onFault: options.onFault,
      })
    : await listenOnDatabase(cache, database);
  if (!notices) return { close: () => Promise.resolve() };
  return { cache, close: () => notices.close() };
}

function redactPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'a Postgres server';
  }
}

/** DATABASE_POOL_SIZE, a positive integer; 10 when unset. */
function poolSizeFromEnvironment(): number {
  const setting = process.env['DATABASE_POOL_SIZE'];
  if (setting === undefined || setting === '') return 10;
  const size = Number(setting);
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`DATABASE_POOL_SIZE must be a positive integer, not ${setting}`);
  return size;
}
