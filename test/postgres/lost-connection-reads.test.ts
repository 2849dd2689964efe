import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/postgres/database.js';
import { createPgDatabase, dropPgSchema } from '../../server/postgres/pg-database.js';
import { batchedRead } from '../../server/postgres/read-batch.js';

/**
 * A read outside a transaction (`batchedRead`: every list and its related rows) runs once more when
 * its connection is lost under it: the backend terminated, as a failover or an operator does, fails
 * every query pipelined on that connection, and a read changes nothing, so it may run again.
 */
const databaseUrl = process.env['DATABASE_URL'];
if (!databaseUrl)
  console.warn(
    'test/postgres/lost-connection-reads.test.ts: skipped, it needs DATABASE_URL (a Postgres server).',
  );

describe.skipIf(!databaseUrl)('reads on a connection that is lost', () => {
  const url = databaseUrl ?? '';
  const schema = `lost_${process.pid}_${randomBytes(3).toString('hex')}`;
  const marker = `lost_read_${randomBytes(4).toString('hex')}`;
  let database: Database;
  let operator: Database;
  beforeAll(async () => {
    database = await createPgDatabase({ connectionString: url, schema, max: 2 });
    operator = await createPgDatabase({ connectionString: url, max: 1 });
  });
  afterAll(async () => {
    await database.close();
    await operator.close();
    await dropPgSchema(url, schema);
  });

  it('answers every read pipelined on a backend that is terminated', async () => {
    // Forty reads, each asked in a callback of its own (as requests are), pipelined on two connections.
    const reads = await new Promise<Promise<{ n: number }[]>[]>((resolve) => {
      const asked: Promise<{ n: number }[]>[] = [];
      for (let index = 0; index < 40; index += 1)
        setImmediate(() => {
          const text = `SELECT /* ${marker} */ $1::int AS n, pg_sleep(0.01) IS NULL AS slept`;
          if (asked.push(batchedRead<{ n: number }>(database, { text, params: [index] })) === 40)
            resolve(asked);
        });
    });
    // One backend running them is terminated, as pg_terminate_backend or a failover does.
    let terminated = 0;
    for (let tries = 0; terminated === 0 && tries < 100; tries += 1) {
      const [row] = await operator.query<{ count: number }>(
        `SELECT count(pg_terminate_backend(pid))::int AS count FROM (
           SELECT pid FROM pg_stat_activity
           WHERE query LIKE '%${marker}%' AND pid <> pg_backend_pid() LIMIT 1) AS running`,
      );
      terminated = row?.count ?? 0;
    }
    expect(terminated).toBe(1);
    const answers = await Promise.allSettled(reads);
    expect(
      answers.map((answer) => (answer.status === 'fulfilled' ? answer.value[0]?.n : String(answer.reason))),
    ).toEqual(Array.from({ length: 40 }, (_, index) => index));
  });
});
