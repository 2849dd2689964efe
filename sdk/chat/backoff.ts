/** Reconnect delay bounds. */
export interface BackoffOptions {
  /** First ceiling. @default 500 ms */
  baseMs: number;
  /** Largest ceiling. @default 30 s */
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 500, maxMs: 30_000 };

/**
 * Exponential backoff with full jitter (AWS Architecture Blog): a uniform delay between 0 and
 * min(max, base × 2^attempt). `random` returns [0, 1).
 */
export function backoffDelay(attempt: number, options: BackoffOptions, random: () => number): number {
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** Math.max(0, attempt));
  return Math.floor(random() * ceiling);
}
