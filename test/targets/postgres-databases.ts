import { randomBytes } from 'node:crypto';
import type { Database } from '../../server/postgres/database.js';
import { migrate } from '../../server/postgres/migrate.js';
import { createPgDatabase, dropPgSchema } from '../../server/postgres/pg-database.js';
import { createPgliteDatabase } from '../../server/postgres/pglite-database.js';

export type PostgresDriver = 'pglite' | 'pg';

/** A clean, migrated database for one target; `close` throws its data away. */
export interface TestDatabase {
  database: Database;
  /** On the real server: where its schema is, for a connection of one's own. */
  server?: { connectionString: string; schema: string };
  close(): Promise<void>;
}

/** The real server the `server-postgres` target runs on. */
function databaseUrl(): string {
  const url = process.env['DATABASE_URL'];
  if (!url)
    throw new Error(
      'The server-postgres target needs DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test).',
    );
  return url;
}

export function openTestDatabase(driver: PostgresDriver): Promise<TestDatabase> {
  return driver === 'pg' ? openServerSchema() : openPgliteSchema();
}

/** Like `openTestDatabase`, but beside any open target: PGlite boots an instance of its own. */
export async function openSecondTestDatabase(driver: PostgresDriver): Promise<TestDatabase> {
  if (driver === 'pg') return openServerSchema();
  const database = await createPgliteDatabase();
  await migrate(database);
  return { database, close: () => database.close() };
}

/** A schema of its own on the real server, dropped at close: test files run in parallel. */
async function openServerSchema(): Promise<TestDatabase> {
  const url = databaseUrl();
  const schema = `test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const database = await createPgDatabase({ connectionString: url, schema, max: 20 });
  await migrate(database);
  return {
    database,
    server: { connectionString: url, schema },
    close: async () => {
      await database.close();
      await dropPgSchema(url, schema);
    },
  };
}

/**
 * PGlite takes seconds to boot, so each test worker boots one, migrates it once, and empties
 * every table (ids restart at 1) for each new target, one target at a time (test files in a
 * worker run one after another).
 */
let sharedPglite: Promise<{ database: Database; emptyTables: string }> | undefined;
let pgliteInUse = false;

async function bootSharedPglite(): Promise<{ database: Database; emptyTables: string }> {
  const database = await createPgliteDatabase();
  await migrate(database);
  const tables = await database.query<{ name: string }>(
    `SELECT quote_ident(tablename) AS name FROM pg_tables
     WHERE schemaname = current_schema() AND tablename <> 'schema_migrations'`,
  );
  const emptyTables = `TRUNCATE ${tables.map((table) => table.name).join(', ')} RESTART IDENTITY CASCADE`;
  return { database, emptyTables };
}

async function openPgliteSchema(): Promise<TestDatabase> {
  if (pgliteInUse) throw new Error('One PGlite target at a time per worker: close the previous one first.');
  pgliteInUse = true;
  sharedPglite ??= bootSharedPglite();
  const { database: shared, emptyTables } = await sharedPglite;
  await shared.exec(emptyTables);
  const database: Database = {
    query: (text, params) => shared.query(text, params),
    exec: (script) => shared.exec(script),
    transaction: (work) => shared.transaction(work),
    ...(shared.listen && { listen: shared.listen }),
    close: () => {
      pgliteInUse = false;
      return Promise.resolve();
    },
  };
  return { database, close: () => database.close() };
}
