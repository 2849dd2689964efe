import type { RateLimits } from '@studymate/core';
import type { RedisConnection } from './redis-connection.js';

/**
 * The in-process sliding window (core/adapters/in-process/rate-limits.ts) as one atomic script, so
 * a budget holds across every process. KEYS: the action times (a sorted set scored by time) and
 * the "refused since the last allowed one" flag. Times up to one window ahead of `now` still count:
 * processes take their `at` before the round trip, so their takes reach Redis a little out of
 * order; only a clock set back by more than a window forgets them. ARGV: now, window, limit, a unique member.
 * Answers {allowed, retry after ms, first refusal}.
 */
const TAKE = `
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local limit = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '(' .. (now + window), '+inf')
local count = redis.call('ZCARD', KEYS[1])
if count < limit then
  redis.call('ZADD', KEYS[1], now, ARGV[4])
  redis.call('PEXPIRE', KEYS[1], window)
  redis.call('DEL', KEYS[2])
  return {1, 0, 0}
end
local oldest = redis.call('ZRANGE', KEYS[1], count - limit, count - limit, 'WITHSCORES')
local first = 0
if redis.call('SET', KEYS[2], '1', 'NX', 'PX', window) then first = 1 end
return {0, math.max(1, tonumber(oldest[2]) + window - now), first}
`;

/** Chat budgets shared by every process through Redis; `at` is the app's clock, as in process. */
export function createRedisRateLimits(setup: { client: RedisConnection; prefix: string }): RateLimits {
  const { client, prefix } = setup;
  let taken = 0;
  return {
    async take({ key, rule, at }) {
      const name = `${prefix}rate:${key.action}:${key.userId}:${key.conversationId}`;
      taken += 1;
      const reply = (await client.eval(TAKE, {
        keys: [name, `${name}:refused`],
        arguments: [
          String(at.getTime()),
          String(rule.windowMs),
          String(rule.limit),
          `${Date.now()}:${taken}:${Math.random()}`,
        ],
      })) as [number, number, number];
      const [allowed, retryAfterMs, first] = reply;
      return allowed === 1
        ? { allowed: true }
        : { allowed: false, retryAfterMs, isFirstRefusal: first === 1 };
    },
  };
}
