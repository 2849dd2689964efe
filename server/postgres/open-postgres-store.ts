import type { Store } from '@studymate/core';
import { createPostgresStore } from './create-postgres-store.js';
import type { Database } from './database.js';
import { migrate } from './migrate.js';
import { createPgDatabase } from './pg-database.js';
import { createPgliteDatabase } from './pglite-database.js';

export interface OpenPostgresStoreOptions {
  /** A Postgres server (`postgres://…`); without it, PGlite runs in process. */
  databaseUrl?: string | undefined;
  /** On a server: the schema to use (created if missing). */
  schema?: string | undefined;
  /** For PGlite: the directory the data persists in; in memory when absent. */
  dataDir?: string | undefined;
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
      })
    : await createPgliteDatabase(options.dataDir === undefined ? {} : { dataDir: options.dataDir });
  try {
    const appliedMigrations = await migrate(database);
    const [usage] = await database.query<{ is_empty: boolean }>(
      'SELECT NOT EXISTS (SELECT 1 FROM users) AS is_empty',
    );
    return {
      store: createPostgresStore(database),
      database,
      location: options.databaseUrl
        ? redactPassword(options.databaseUrl)
        : options.dataDir
          ? `PGlite at ${options.dataDir}`
          : 'PGlite in memory',
      appliedMigrations,
      isEmpty: usage?.is_empty ?? true,
      close: () => database.close(),
    };
  } catch (error) {
    await database.close();
    throw error;
  }
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
