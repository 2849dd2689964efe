import { createClient } from 'redis';

/** A connected node-redis client (the `redis` package). */
export type RedisConnection = ReturnType<typeof createClient>;

/**
 * Connects to `url`. The first connection must succeed (a wrong REDIS_URL fails the start with its
 * reason); once connected, a lost connection is retried every 50 ms to 2 s, and errors are reported
 * rather than thrown (node-redis would crash the process on an unheard `error` event).
 */
export async function connectRedis(
  url: string,
  onError: (message: string, error: unknown) => void,
): Promise<RedisConnection> {
  let connected = false;
  const client = createClient({
    url,
    socket: {
      connectTimeout: 5_000,
      reconnectStrategy: (retries, cause) => (connected ? Math.min(50 * 2 ** retries, 2_000) : cause),
    },
  });
  client.on('error', (error: unknown) => {
    if (connected) onError('Redis connection error', error);
  });
  await client.connect();
  connected = true;
  return client;
}
