import type { PresenceBoard } from '@studymate/core';
import type { RedisConnection } from './redis-connection.js';

export interface RedisPresenceOptions {
  client: RedisConnection;
  prefix: string;
  /** This process, among those serving the API. */
  instanceId: string;
  /** How long a process's word counts without a heartbeat: a crashed process's users go offline within it. */
  ttlMs: number;
  onError: (message: string, error: unknown) => void;
}

/**
 * Presence shared through Redis: per user, a sorted set of the processes where they have a socket
 * open, scored by when that word expires. Every process renews its users every third of the TTL;
 * a user is online while any process's word has not expired. A process that crashed stops renewing,
 * so its users go offline at most `ttlMs` after its last heartbeat.
 */
export function createRedisPresenceBoard(options: RedisPresenceOptions): PresenceBoard & {
  close(): Promise<void>;
} {
  const { client, prefix, instanceId, ttlMs, onError } = options;
  const here = new Set<number>();
  const keyOf = (userId: number) => `${prefix}presence:${userId}`;
  const report = (error: unknown) => onError('Presence could not be written to Redis', error);

  /**
   * Writes this process's word for `userIds` as one pipelined batch (no MULTI: each user's pair
   * stands alone), so a heartbeat is one round trip however many users are here.
   */
  async function record(userIds: Iterable<number>): Promise<void> {
    const batch = client.multi();
    const expiresAt = Date.now() + ttlMs;
    for (const userId of userIds) {
      const key = keyOf(userId);
      batch.zAdd(key, { score: expiresAt, value: instanceId }).pExpire(key, ttlMs);
    }
    await batch.execAsPipeline();
  }

  const heartbeat = setInterval(
    () => {
      if (here.size > 0) record(here).catch(report);
    },
    Math.max(100, Math.floor(ttlMs / 3)),
  );
  heartbeat.unref();

  return {
    async isOnline(userId) {
      const alive = await client.zCount(keyOf(userId), `(${Date.now()}`, '+inf');
      return alive > 0;
    },
    online(userId) {
      here.add(userId);
      record([userId]).catch(report);
    },
    offline(userId) {
      here.delete(userId);
      client.zRem(keyOf(userId), instanceId).catch(report);
    },
    /** Stops renewing and takes this process's word back at once (a clean shutdown). */
    async close() {
      clearInterval(heartbeat);
      await Promise.all([...here].map((userId) => client.zRem(keyOf(userId), instanceId))).catch(report);
      here.clear();
    },
  };
}
