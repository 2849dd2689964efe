import type { ChatEvents, Logger, PresenceBoard, RateLimits } from '@studymate/core';
import { connectRedis } from './redis-connection.js';
import { createRedisChatEvents } from './redis-chat-events.js';
import { createRedisPresenceBoard } from './redis-presence-board.js';
import { createRedisRateLimits } from './redis-rate-limits.js';

export interface RedisBackplaneOptions {
  /** e.g. `redis://127.0.0.1:6379` (REDIS_URL). */
  url: string;
  /** Namespaces every key and the channel, so several APIs (or test runs) can share one Redis. @default 'studymate:' */
  prefix?: string;
  /** A crashed process's users go offline at most this long after its last heartbeat. @default 15000 */
  presenceTtlMs?: number;
  logger: Logger;
}

/** What several processes share to behave as one server: pass `events`, `rateLimits` and `presenceBoard` to the server. */
export interface RedisBackplane {
  events: ChatEvents;
  rateLimits: RateLimits;
  presenceBoard: PresenceBoard;
  /** Takes this process's presence back and disconnects. */
  close(): Promise<void>;
}

/**
 * Connects the Redis backplane (REDIS_URL): room events, access revocations, presence and chat rate
 * limits shared by every process connected to the same Redis with the same prefix.
 */
export async function openRedisBackplane(options: RedisBackplaneOptions): Promise<RedisBackplane> {
  const { url, prefix = 'studymate:', presenceTtlMs = 15_000, logger } = options;
  const onError = (message: string, error: unknown) => logger.error(message, error);
  const client = await connectRedis(url, onError);
  const subscriber = await connectRedis(url, onError).catch(async (error: unknown) => {
    await client.close();
    throw error;
  });
  const events = await createRedisChatEvents({
    publisher: client,
    subscriber,
    channel: `${prefix}chat-events`,
    onError,
  });
  const presenceBoard = createRedisPresenceBoard({
    client,
    prefix,
    instanceId: crypto.randomUUID(),
    ttlMs: presenceTtlMs,
    onError,
  });
  return {
    events,
    rateLimits: createRedisRateLimits({ client, prefix }),
    presenceBoard,
    close: async () => {
      await presenceBoard.close();
      await Promise.all([subscriber.close(), client.close()]);
    },
  };
}
