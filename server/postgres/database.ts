/**
 * The one query interface the Postgres store speaks, whatever runs the SQL: the postgres.js driver
 * against a server, or PGlite in process. Parameterized SQL only: `$1`, `$2`, … and `params`.
 */
export interface SqlClient {
  query<Row extends object = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
}

export interface Database extends SqlClient {
  /**
   * Runs `work` in one transaction on one connection: committed when it resolves, rolled back
   * when it throws. Queries inside must go through `tx`, never the database itself.
   */
  transaction<Result>(work: (tx: SqlClient) => Promise<Result>): Promise<Result>;
  /**
   * Where one connection is all there is (PGlite): hears the notices on `channel` (a quoted
   * identifier) until the answer is called. A pool has no such connection: see `user-change-notices.ts`.
   */
  listen?: (channel: string, onNotice: (payload: string) => void) => Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** Observes every statement a database runs (query-count tests, logging). */
export type QueryListener = (text: string) => void;

/** Wraps a database so that `listener` hears every statement, inside transactions too. */
export function observeQueries(database: Database, listener: QueryListener): Database {
  const observed = (client: SqlClient): SqlClient => ({
    query: (text, params) => {
      listener(text);
      return client.query(text, params);
    },
    exec: (script) => {
      listener(script);
      return client.exec(script);
    },
  });
  return {
    ...observed(database),
    transaction: (work) => database.transaction((tx) => work(observed(tx))),
    ...(database.listen && { listen: database.listen }),
    close: () => database.close(),
  };
}

/** The SQLSTATE of a driver error, when it has one (both drivers put it on `code`). */
export function sqlState(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const { code } = error;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Errors that say the connection was lost under a statement, not that the statement failed: its
 * backend terminated (57P01, as `pg_terminate_backend` or a failover does) or crashed (57P02), the
 * server is starting or stopping (57P03), the link broke (08000, 08003, 08006), or the driver saw
 * the socket close under queries pipelined behind the one running (postgres.js's
 * CONNECTION_CLOSED). Not a pool that was closed on purpose (CONNECTION_ENDED, CONNECTION_DESTROYED).
 */
const CONNECTION_LOST = new Set(['57P01', '57P02', '57P03', '08000', '08003', '08006', 'CONNECTION_CLOSED']);

/**
 * Runs a read, and runs it once more when its connection was lost under it (`CONNECTION_LOST`): a
 * read changes nothing, so a second run is safe, and one lost backend no longer fails every list
 * pipelined on its connection. A second loss is the answer. Every page and related read goes
 * through it (`batchedRead`, `selectSlice`, `selectNearby`); writes never do.
 */
export async function readAgainIfLost<Row extends object>(
  client: SqlClient,
  text: string,
  params: unknown[],
): Promise<Row[]> {
  try {
    return await client.query<Row>(text, params);
  } catch (error) {
    if (!CONNECTION_LOST.has(sqlState(error) ?? '')) throw error;
    return client.query<Row>(text, params);
  }
}

export const UNIQUE_VIOLATION = '23505';
export const FOREIGN_KEY_VIOLATION = '23503';
/** ON DELETE RESTRICT refusing a delete (not 23503, which NO ACTION raises). */
export const RESTRICT_VIOLATION = '23001';
