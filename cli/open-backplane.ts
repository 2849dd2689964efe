import { openRedisBackplane, type Logger, type RedisBackplane } from '@studymate/server';
import { millisecondsSetting, setting } from './settings.js';

/**
 * The Redis backplane when REDIS_URL is set (REDIS_PREFIX namespaces its keys and channel,
 * PRESENCE_TTL_MS bounds how long a crashed process's users stay online); null otherwise. Its
 * faults go to `logger`.
 */
export async function openBackplaneFromEnvironment(logger: Logger): Promise<RedisBackplane | null> {
  const url = setting('REDIS_URL');
  if (!url) return null;
  const prefix = setting('REDIS_PREFIX');
  const presenceTtlMs = millisecondsSetting('PRESENCE_TTL_MS');
  try {
    return await openRedisBackplane({
      url,
      logger,
      ...(prefix && { prefix }),
      ...(presenceTtlMs && { presenceTtlMs }),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot connect to Redis at REDIS_URL=${url}: ${reason}`);
  }
}
