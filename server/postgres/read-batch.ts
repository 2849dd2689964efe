import { readAgainIfLost, type SqlClient } from './database.js';
import { reviveTimestamps } from './json-rows.js';

/** A read that may share its statement with others asked for in the same tick. */
interface BatchedRead {
  /** One SELECT, placeholders `$1`… over `params` (no `$` inside its literals). */
  text: string;
  params: unknown[];
  /** The timestamptz columns it selects: JSON carries them as text, they come back as Dates. */
  timestamps?: readonly string[];
}

interface Pending {
  read: BatchedRead;
  resolve: (rows: object[]) => void;
  reject: (error: unknown) => void;
}

const batchers = new WeakMap<SqlClient, (read: BatchedRead) => Promise<object[]>>();

/**
 * Runs the read with the others asked for on the same database in the same tick, in one
 * statement: a list's related rows (hosts, subjects, seat counts, the caller's rows…), which
 * the use cases ask for together (`Promise.all`), cost one round trip and one snapshot instead of
 * one each. Each read becomes a `json_agg` column of one SELECT, its placeholders renumbered; a
 * read asked for alone runs as it is. Only for reads outside transactions.
 */
export function batchedRead<Row extends object>(client: SqlClient, read: BatchedRead): Promise<Row[]> {
  let batcher = batchers.get(client);
  if (!batcher) {
    batcher = createBatcher(client);
    batchers.set(client, batcher);
  }
  return batcher(read) as Promise<Row[]>;
}

function createBatcher(client: SqlClient) {
  let pending: Pending[] = [];
  const flush = async () => {
    const batch = pending;
    pending = [];
    const [only] = batch;
    if (batch.length === 1 && only) {
      await readAgainIfLost(client, only.read.text, only.read.params).then(only.resolve, only.reject);
      return;
    }
    const params: unknown[] = [];
    const columns = batch.map(({ read }, index) => {
      const offset = params.length;
      params.push(...read.params);
      const text = read.text.replace(/\$(\d+)/g, (_match, number: string) => `$${Number(number) + offset}`);
      return `(SELECT coalesce(json_agg(q), '[]'::json) FROM (${text}) AS q) AS r${index}`;
    });
    try {
      const [row] = await readAgainIfLost<Record<string, object[]>>(
        client,
        `SELECT ${columns.join(', ')}`,
        params,
      );
      batch.forEach(({ read, resolve }, index) => {
        resolve(reviveTimestamps(row?.[`r${index}`] ?? [], read.timestamps ?? []));
      });
    } catch (error) {
      for (const { reject } of batch) reject(error);
    }
  };
  return (read: BatchedRead) =>
    new Promise<object[]>((resolve, reject) => {
      pending.push({ read, resolve, reject });
      if (pending.length === 1) queueMicrotask(() => void flush());
    });
}
