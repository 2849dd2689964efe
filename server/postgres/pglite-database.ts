import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import type { Database, SqlClient } from './database.js';

export interface PgliteDatabaseOptions {
  /** A directory to persist to, created with its parents when missing; in memory when absent. */
  dataDir?: string;
}

/**
 * Embedded Postgres (PGlite): one connection in process, so transactions run one at a time,
 * which is as strong as any row lock.
 */
export async function createPgliteDatabase(options: PgliteDatabaseOptions = {}): Promise<Database> {
  // PGlite creates the directory itself but not its parents (ENOENT for `.data/postgres`).
  if (options.dataDir !== undefined) await mkdir(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir === undefined ? {} : { dataDir: options.dataDir });
  return pgliteDatabase(db, () => db.close());
}

/** A Database over a PGlite instance (or one of its transactions' clients). */
function pgliteDatabase(db: PGlite, close: () => Promise<void>): Database {
  const clientOf = (client: Pick<PGlite, 'query' | 'exec'>): SqlClient => ({
    query: async <Row extends object>(text: string, params?: unknown[]) =>
      (await client.query<Row>(text, params)).rows,
    exec: async (script) => {
      await client.exec(script);
    },
  });
  return {
    ...clientOf(db),
    transaction: (work) => db.transaction((tx) => work(clientOf(tx))),
    listen: (channel, onNotice) => db.listen(channel, onNotice),
    close,
  };
}
