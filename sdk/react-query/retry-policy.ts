import { UnknownStatusError } from '@ts-rest/core';
import { ApiResponseError } from './api-response-error.js';

/** Retries after a query failed, at most; TanStack Query's own default is 3 too. */
const MAX_RETRIES = 3;
/** A `Retry-After` longer than this is not waited for: the error is shown instead. */
const MAX_WAIT_MS = 30_000;

/** The status and headers of a failure that came from the server, if it did. */
function answerOf(error: unknown): { status: number; headers?: Headers } | undefined {
  if (error instanceof ApiResponseError || error instanceof UnknownStatusError) {
    return error.response as { status: number; headers?: Headers };
  }
  return undefined;
}

/** The wait the server asked for (`Retry-After` in seconds), in milliseconds. */
function askedWaitMs(error: unknown): number | undefined {
  const seconds = Number(answerOf(error)?.headers?.get?.('retry-after') ?? Number.NaN);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

/**
 * Whether a failed query is worth another try: a network failure, a 5xx or a 429 (unless the
 * server asks for a longer wait than is worth holding a screen for), never a declared 4xx, whose
 * answer will not change.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  const answer = answerOf(error);
  if (!answer) return !(error instanceof DOMException && error.name === 'AbortError');
  if (answer.status !== 429 && answer.status < 500) return false;
  return (askedWaitMs(error) ?? 0) <= MAX_WAIT_MS;
}

/** The server's `Retry-After` when it gave one, else TanStack Query's exponential default. */
export function retryDelay(attempt: number, error: unknown): number {
  return askedWaitMs(error) ?? Math.min(1000 * 2 ** attempt, MAX_WAIT_MS);
}
