import type { RateLimits } from '../../ports/rate-limits.js';

interface Budget {
  /** Times of the counted actions still in the window, earliest first; at most `limit` of them. */
  times: number[];
  windowMs: number;
  refusedSinceAllowed: boolean;
}

/**
 * A sliding window per key in this process. Keys whose window has passed are swept at most once
 * per `sweepEveryMs` of the clock, so the map holds only the budgets in use in the last window.
 */
export function createInProcessRateLimits(options: { sweepEveryMs?: number } = {}): RateLimits & {
  /** Budgets currently held, for tests and metrics. */
  size(): number;
} {
  const sweepEveryMs = options.sweepEveryMs ?? 10_000;
  const budgets = new Map<string, Budget>();
  let lastSweep = Number.NEGATIVE_INFINITY;

  function sweep(now: number): void {
    if (Math.abs(now - lastSweep) < sweepEveryMs) return;
    lastSweep = now;
    for (const [name, budget] of budgets) {
      forget(budget, now);
      if (budget.times.length === 0) budgets.delete(name);
    }
  }

  return {
    take({ key, rule, at }) {
      const now = at.getTime();
      sweep(now);
      const name = `${key.action}:${key.userId}:${key.conversationId}`;
      let budget = budgets.get(name);
      if (!budget) {
        budget = { times: [], windowMs: rule.windowMs, refusedSinceAllowed: false };
        budgets.set(name, budget);
      }
      budget.windowMs = rule.windowMs;
      forget(budget, now);
      if (budget.times.length < rule.limit) {
        budget.times.push(now);
        // A take may be stamped before one already counted (see `forget`): keep the times in order.
        const { times } = budget;
        if (times.length > 1 && (times.at(-2) ?? now) > now) times.sort((a, b) => a - b);
        budget.refusedSinceAllowed = false;
        return Promise.resolve({ allowed: true });
      }
      const isFirstRefusal = !budget.refusedSinceAllowed;
      budget.refusedSinceAllowed = true;
      const oldest = budget.times[budget.times.length - rule.limit] ?? now;
      return Promise.resolve({
        allowed: false,
        retryAfterMs: Math.max(1, oldest + rule.windowMs - now),
        isFirstRefusal,
      });
    },
    size: () => budgets.size,
  };
}

/**
 * Drops the times that left the window, and those more than a window ahead of a clock that was set
 * back. Times a little ahead still count: takes may arrive a little out of their `at` order.
 */
function forget(budget: Budget, now: number): void {
  const { windowMs } = budget;
  const times = budget.times.filter((time) => time > now - windowMs && time <= now + windowMs);
  if (times.length !== budget.times.length) budget.times = times;
}
