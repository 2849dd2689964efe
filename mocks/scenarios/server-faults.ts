import { internalError, throttled } from '@studymate/core';

/** What a gateway or an overloaded server says, in DRF's `{"detail"}` (DESIGN §2). */
const DETAILS: Partial<Record<number, string>> = {
  500: internalError().body.detail,
  501: 'Not implemented.',
  502: 'Bad gateway.',
  503: 'Service temporarily unavailable, try again later.',
  504: 'Gateway timeout.',
};

/** Answered by the mocks to `Prefer: code=429` when a client asks for no other wait. */
const DEFAULT_FORCED_RETRY_AFTER_SECONDS = 10;

interface ServerFault {
  status: number;
  body: { detail: string };
  headers: Record<string, string>;
}

/** The statuses any route can be forced to answer, declared or not: a real server can answer them all. */
export const isServerFault = (status: number) => status === 429 || (status >= 500 && status <= 599);

/**
 * The answer to a forced 429 or 5xx, exactly as the server gives its own: DRF's throttled body with
 * `Retry-After` for a 429, `{"detail"}` for a 5xx (with `Retry-After` only when asked, e.g. for a 503).
 */
export function serverFault(status: number, retryAfterSeconds?: number): ServerFault {
  if (status === 429) return throttled(retryAfterSeconds ?? DEFAULT_FORCED_RETRY_AFTER_SECONDS);
  return {
    status,
    body: { detail: DETAILS[status] ?? 'Server error.' },
    headers: retryAfterSeconds === undefined ? {} : { 'Retry-After': String(retryAfterSeconds) },
  };
}
