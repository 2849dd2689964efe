/** At most `limit` events in any `windowMs`: a sliding window over the injected clock. */
export function createRateLimiter(options: { limit: number; windowMs: number; now: () => number }) {
  const accepted: number[] = [];
  return {
    allow(): boolean {
      const now = options.now();
      while (accepted.length > 0 && (accepted[0] ?? 0) <= now - options.windowMs) accepted.shift();
      if (accepted.length >= options.limit) return false;
      accepted.push(now);
      return true;
    },
  };
}
