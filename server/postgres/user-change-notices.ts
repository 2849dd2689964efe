import postgres from 'postgres';
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
 *
 * Each attempt is a postgres.js instance of one connection, ended when that connection is lost (it
 * would otherwise open another on the next query). Not `sql.listen`: it re-listens by itself but
 * never says when the connection went, so the cache would serve while notices went unheard. The
 * connection never retires (no `idle_timeout`, no `max_lifetime`), so a close is a loss, and
 * `onclose` suspends the cache at once.
 */
export async function listenForUserChanges(
  cache: UserCache,
  options: UserChangeNoticesOptions,
): Promise<UserChangeNotices> {
  const retryMs = options.retryMs ?? 1000;
  let listening: postgres.Sql | undefined;
  let connecting: postgres.Sql | undefined;
  let retry: NodeJS.Timeout | undefined;
  let closed = false;

  const lose = (sql: postgres.Sql) => {
    if (listening !== sql) return;
    listening = undefined;
    cache.suspend();
    sql.end(END).catch(() => undefined);
    if (!closed) retry = setTimeout(reconnect, retryMs);
    // Told last, and kept from throwing into postgres.js's `onclose`: the retry is already set.
    try {
      options.onFault?.(new Error('The connection that hears user changes closed'));
    } catch {
      // A fault handler that throws changes nothing here.
    }
  };
  const connect = async () => {
    // Set by any close of its connection, so one lost as (or before) `LISTEN` answers is not taken.
    let lost = false;
    const sql: postgres.Sql = postgres(options.connectionString, {
      max: 1,
      idle_timeout: null,
      max_lifetime: null,
      // A connection the server drops as it starts (too many clients) is retried within the attempt,
      // up to `connect_timeout`, this often; other failures reject the attempt at once.
      backoff: retryMs / 1000,
      fetch_types: false,
      onnotice: false,
      connection: {
        application_name: USER_NOTICES_APPLICATION,
        ...(options.schema === undefined ? {} : { search_path: options.schema }),
      },
      // While not listening the cache is suspended: it keeps nothing a notice could concern.
      onnotify: (_channel, payload) => {
        if (listening === sql) forgetNoticed(cache, payload);
      },
      onclose: () => {
        lost = true;
        lose(sql);
      },
    });
    connecting = sql;
    try {
      const [row] = await sql.unsafe<{ schema: string }[]>(CURRENT_SCHEMA);
      await sql.unsafe(`LISTEN ${userChangesChannel(row?.schema)}`);
      if (lost) throw new Error('The connection that hears user changes closed as it began to listen');
    } catch (error) {
      await sql.end(END).catch(() => undefined);
      throw error;
    } finally {
      if (connecting === sql) connecting = undefined;
    }
    if (closed) {
      await sql.end(END);
      return;
    }
    listening = sql;
    cache.resume();
  };
  function reconnect() {
    retry = undefined;
    connect().catch((error: unknown) => {
      if (closed) return;
      options.onFault?.(error);
      retry = setTimeout(reconnect, retryMs);
    });
  }

  await connect();
  return {
    close: async () => {
      closed = true;
      clearTimeout(retry);
      retry = undefined;
      const ending = [listening, connecting].filter((sql) => sql !== undefined);
      listening = undefined;
      connecting = undefined;
      cache.suspend();
      await Promise.all(ending.map((sql) => sql.end(END)));
    },
  };
}

/** Ends an instance: its connection is sent Terminate, and destroyed if not gone within a second. */
const END = { timeout: 1 };

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
