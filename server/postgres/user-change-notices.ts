import pg from 'pg';
import type { Database } from './database.js';
import type { UserCache } from './user-cache.js';

export interface UserChangeNoticesOptions {
  connectionString: string;
  /** The schema whose users are kept (as the pool's `search_path`); the server's default when absent. */
  schema?: string | undefined;
  /** Told when the listening connection fails; it is retried every `retryMs`. */
  onFault?: (error: unknown) => void;
  /** Default 1 s. */
  retryMs?: number;
}

/** How the listening connection names itself in `pg_stat_activity`. */
export const USER_NOTICES_APPLICATION = 'studymate user changes';

export interface UserChangeNotices {
  close(): Promise<void>;
}

/**
 * Hears, on a connection of its own, the notices migration 6 sends when a user row changes, and
 * has the cache forget that user: a change made by another process (or by hand) reaches this one
 * as it commits. The cache serves only while the connection listens: it resumes (empty) once
 * `LISTEN` holds, and is suspended whenever the connection is lost, until it is back.
 */
export async function listenForUserChanges(
  cache: UserCache,
  options: UserChangeNoticesOptions,
): Promise<UserChangeNotices> {
  const retryMs = options.retryMs ?? 1000;
  let listening: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  let closed = false;

  const lose = (client: pg.Client) => {
    if (listening !== client) return;
    listening = undefined;
    cache.suspend();
    client.end().catch(() => undefined);
    if (!closed) retry = setTimeout(reconnect, retryMs);
  };
  const connect = async () => {
    const client = new pg.Client({
      connectionString: options.connectionString,
      application_name: USER_NOTICES_APPLICATION,
      ...(options.schema === undefined ? {} : { options: `-c search_path=${options.schema}` }),
    });
    client.on('notification', ({ payload }) => forgetNoticed(cache, payload));
    client.on('error', (error) => {
      options.onFault?.(error);
      lose(client);
    });
    client.on('end', () => lose(client));
    try {
      await client.connect();
      const { rows } = await client.query<{ schema: string }>(CURRENT_SCHEMA);
      await client.query(`LISTEN ${userChangesChannel(rows[0]?.schema)}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (closed) {
      await client.end();
      return;
    }
    listening = client;
    cache.resume();
  };
  function reconnect() {
    retry = undefined;
    connect().catch((error: unknown) => {
      options.onFault?.(error);
      if (!closed) retry = setTimeout(reconnect, retryMs);
    });
  }

  await connect();
  return {
    close: async () => {
      closed = true;
      clearTimeout(retry);
      const client = listening;
      listening = undefined;
      cache.suspend();
      await client?.end();
    },
  };
}

/**
 * The same on a database that is one connection (PGlite): it cannot be cut, and every change,
 * this process's own and the cascades of its deletes, is heard as it commits. Undefined (and the
 * cache left suspended) for a database that cannot listen.
 */
export async function listenOnDatabase(
  cache: UserCache,
  database: Database,
): Promise<UserChangeNotices | undefined> {
  if (!database.listen) return undefined;
  const [row] = await database.query<{ schema: string }>(CURRENT_SCHEMA);
  const stop = await database.listen(userChangesChannel(row?.schema), (payload) =>
    forgetNoticed(cache, payload),
  );
  cache.resume();
  return {
    close: async () => {
      cache.suspend();
      await stop();
    },
  };
}

const CURRENT_SCHEMA = 'SELECT current_schema() AS schema';

/**
 * Migration 6's channel for the schema a connection works in, as a quoted identifier (PGlite
 * unlistens by the bare name, which is why the channel has no dot).
 */
function userChangesChannel(schema = 'public'): string {
  return `"${`${schema}_users_changed`.replaceAll('"', '""')}"`;
}

function forgetNoticed(cache: UserCache, payload: string | undefined): void {
  const id = Number(payload);
  if (Number.isInteger(id)) {
    cache.forget(id);
    return;
  }
  // Not one of ours: forget everyone rather than guess.
  cache.suspend();
  cache.resume();
}
