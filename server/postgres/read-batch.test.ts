import { describe, expect, it } from 'vitest';
import type { SqlClient } from './database.js';
import { batchedRead } from './read-batch.js';

/** A client whose queries answer, in turn, each of `outcomes` (an Error is thrown), counting calls. */
function scriptedClient(outcomes: (object[] | Error)[]): SqlClient & { calls: number } {
  const client = {
    calls: 0,
    query: <Row extends object>() => {
      const outcome = outcomes[client.calls];
      client.calls += 1;
      return outcome instanceof Error ? Promise.reject(outcome) : Promise.resolve((outcome ?? []) as Row[]);
    },
    exec: () => Promise.resolve(),
  };
  return client;
}

const failure = (code: string) => Object.assign(new Error(code), { code });
const read = { text: 'SELECT 1 AS n', params: [] };

describe('batchedRead on a lost connection', () => {
  it('runs the read once more when its connection was lost under it', async () => {
    for (const code of ['57P01', '57P02', '57P03', '08006', 'CONNECTION_CLOSED']) {
      const client = scriptedClient([failure(code), [{ n: 1 }]]);
      expect(await batchedRead(client, read), code).toEqual([{ n: 1 }]);
      expect(client.calls).toBe(2);
    }
  });

  it('answers the second loss, and never retries a failure of the statement or a closed pool', async () => {
    const twice = scriptedClient([failure('57P01'), failure('CONNECTION_CLOSED'), [{ n: 1 }]]);
    await expect(batchedRead(twice, read)).rejects.toThrow('CONNECTION_CLOSED');
    expect(twice.calls).toBe(2);
    for (const code of ['42601', '23505', '57014', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED']) {
      const client = scriptedClient([failure(code), [{ n: 1 }]]);
      await expect(batchedRead(client, read), code).rejects.toThrow(code);
      expect(client.calls).toBe(1);
    }
  });

  it('runs a merged read once more too', async () => {
    const client = scriptedClient([failure('57P01'), [{ r0: [{ n: 1 }], r1: [{ n: 2 }] }]]);
    const both = await Promise.all([batchedRead(client, read), batchedRead(client, read)]);
    expect(both).toEqual([[{ n: 1 }], [{ n: 2 }]]);
    expect(client.calls).toBe(2);
  });
});
