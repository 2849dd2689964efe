import postgres from 'postgres';
import { sqlState, type Database, type SqlClient } from './database.js';
import { createTurnGate, type TurnGate } from './turn-gate.js';

export interface PgDatabaseOptions {
  connectionString: string;
  /** Tables live in this schema (created if missing); default: the server's search_path. */
  schema?: string;
  /** Pool size; default 10. */
  max?: number;
}

/** Deadlocks and serialization failures are retried: the transaction ran on a stale view and did nothing. */
const RETRYABLE = new Set(['40P01', '40001']);
const ATTEMPTS = 5;

const SCHEMA_NAME = /^[a-z_][a-z0-9_]*$/;

/**
 * A Postgres server through a postgres.js pool. Queries that wait on a busy connection are
 * pipelined: written together and answered in order, where `pg` wrote each query alone once the
 * one before had answered. Under 50 concurrent list requests this cut the driver's Node CPU from
 * 90-104 to 56-60 us a query (the sessions page statement), and the list's p99 from 2.6-3.4 to
 * 1.7-2.4 x Express's (see issue 15's note).
 *
 * Every statement with parameters runs prepared: a connection parses and plans a text once (one
 * more round trip, to learn its parameters' types) and then only binds; postgres.js keeps the last
 * 1,000 texts per connection. A lost connection fails every query pipelined on it, not only the
 * one running; the reads of `readAgainIfLost` (the lists' pages and related rows) then run once
 * more. NOTICE messages are not printed. Queries outside a transaction start at the end of the
 * event loop's turn, together, so the driver writes those of many requests in one system call per
 * connection (`createTurnGate`).
 */
export async function createPgDatabase(options: PgDatabaseOptions): Promise<Database> {
  const { schema } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) throw new Error(`Bad schema name ${schema}`);
  if (schema !== undefined) {
    await runAlone(options.connectionString, `CREATE SCHEMA IF NOT EXISTS ${schema}`);
  }
  const sql = postgres(options.connectionString, {
    max: options.max ?? 10,
    onnotice: false,
    // An undefined parameter is sent as NULL, as pg sent it (postgres.js would throw).
    transform: { undefined: null },
    connection: {
      application_name: 'studymate api',
      ...(schema === undefined ? {} : { search_path: schema }),
    },
  });
  // Outside a transaction, queries start at the end of the turn, together (see `createTurnGate`).
  const pooled = createTurnGate();
  const clientOf = (client: postgres.Sql | postgres.TransactionSql, gate?: TurnGate): SqlClient => ({
    query: <Row extends object>(text: string, params?: unknown[]) =>
      gate ? gate(() => runQuery<Row>(client, text, params)) : runQuery<Row>(client, text, params),
    exec: (script) => (gate ? gate(() => runScript(client, script)) : runScript(client, script)),
  });

  return {
    ...clientOf(sql, pooled),
    transaction: async (work) => {
      for (let attempt = 1; ; attempt += 1) {
        try {
          // postgres.js sends BEGIN, and COMMIT when `work` resolves, or ROLLBACK when it throws.
          return await sql.begin((tx) => work(clientOf(tx)));
        } catch (error) {
          if (attempt < ATTEMPTS && RETRYABLE.has(sqlState(error) ?? '')) continue;
          throw error;
        }
      }
    },
    close: async () => {
      // Queries asked for in this turn are still held: they start before the pool ends.
      await new Promise((resolve) => setImmediate(resolve));
      await sql.end();
    },
  };
}

/** A script of statements without parameters. */
async function runScript(client: postgres.Sql | postgres.TransactionSql, script: string): Promise<void> {
  await client.unsafe(script);
}

/** One statement, prepared. */
async function runQuery<Row extends object>(
  client: postgres.Sql | postgres.TransactionSql,
  text: string,
  params: unknown[] | undefined,
): Promise<Row[]> {
  return (await client.unsafe(text, (params ?? []) as postgres.ParameterOrJSON<never>[], {
    prepare: true,
  })) as unknown as Row[];
}

/** Drops a schema and everything in it (test clean-up). */
export async function dropPgSchema(connectionString: string, schema: string): Promise<void> {
  if (!SCHEMA_NAME.test(schema)) throw new Error(`Bad schema name ${schema}`);
  await runAlone(connectionString, `DROP SCHEMA IF EXISTS ${schema} CASCADE`);
}

/** One statement on a connection of its own, closed after (schema set-up and clean-up). */
async function runAlone(connectionString: string, statement: string): Promise<void> {
  const sql = postgres(connectionString, { max: 1, onnotice: false });
  try {
    await sql.unsafe(statement);
  } finally {
    await sql.end();
  }
}
