import { randomBytes } from 'node:crypto';
import { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../server/postgres/database.js';
import { createPgDatabase, dropPgSchema } from '../../server/postgres/pg-database.js';

/**
 * The pool writes the queries that the callbacks of one event-loop turn ask for in one system
 * call per connection (server/postgres/turn-gate.ts): under load, each HTTP request arrives in a
 * callback of its own, and a write per query cost the Postgres list a tenth of its throughput.
 */
const databaseUrl = process.env['DATABASE_URL'];
if (!databaseUrl)
  console.warn('test/postgres/pool-writes.test.ts: skipped, it needs DATABASE_URL (a Postgres server).');

describe.skipIf(!databaseUrl)('the Postgres pool (postgres.js)', () => {
  const url = databaseUrl ?? '';
  const schema = `writes_${process.pid}_${randomBytes(3).toString('hex')}`;
  let database: Database;
  beforeAll(async () => {
    // One connection: every query below is pipelined on it.
    database = await createPgDatabase({ connectionString: url, schema, max: 1 });
  });
  afterAll(async () => {
    await database.close();
    await dropPgSchema(url, schema);
  });

  /** Runs `asked` queries, each from a callback of its own in one turn; answers the socket writes. */
  async function writesFor(asked: number): Promise<{ writes: number; answers: number[] }> {
    const write = vi.spyOn(Socket.prototype, 'write');
    try {
      const pending = await new Promise<Promise<{ n: number }[]>[]>((resolve) => {
        const queries: Promise<{ n: number }[]>[] = [];
        for (let index = 0; index < asked; index += 1)
          setImmediate(() => {
            queries.push(database.query<{ n: number }>('SELECT $1::int AS n', [index]));
            if (queries.length === asked) resolve(queries);
          });
      });
      const answers = (await Promise.all(pending)).map(([row]) => row?.n ?? -1);
      return { writes: write.mock.calls.length, answers };
    } finally {
      write.mockRestore();
    }
  }

  it('writes the queries of one turn together, each answered with its own rows', async () => {
    await writesFor(1); // the statement is prepared on the connection
    const { writes, answers } = await writesFor(10);
    expect(answers).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(writes).toBe(1);
  });

  it('starts the queries held for the turn before the pool closes', async () => {
    const closing = await createPgDatabase({ connectionString: url, schema, max: 1 });
    const answer = closing.query<{ n: number }>('SELECT 42 AS n');
    await closing.close();
    expect(await answer).toEqual([{ n: 42 }]);
  });
});
