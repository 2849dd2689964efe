import pg from 'pg';
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
    client.on('notification', ({ payload }) => {
      const id = Number(payload);
      if (Number.isInteger(id)) {
        cache.forget(id);
        return;
      }
      // Not one of ours: forget everyone rather than guess.
      cache.suspend();
      cache.resume();
    });
    client.on('error', (error) => {
      options.onFault?.(error);
      lose(client);
    });
    client.on('end', () => lose(client));
    try {
      await client.connect();
      const { rows } = await client.query<{ schema: string }>('SELECT current_schema() AS schema');
      await client.query(`LISTEN ${quoteIdentifier(`${rows[0]?.schema ?? 'public'}.users_changed`)}`);
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

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
