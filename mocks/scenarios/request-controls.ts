/** What a request asks of the mocks beyond the API itself. */
export interface RequestControls {
  /**
   * Answer this status: any status the route declares (a body generated from the contract's schema
   * for it), and on every route 429 and any 5xx (a DRF `{"detail"}` body, as the server's own).
   */
  code?: number;
  /** The `Retry-After` of a forced 429 (default 10) or 5xx (none unless asked), in whole seconds. */
  retryAfterSeconds?: number;
  /** Wait this long first. */
  delayMs?: number;
  /** Fail like a dropped connection (fetch rejects). */
  networkError: boolean;
}

const MAX_DELAY_MS = 60_000;
/** A day: longer waits are clamped, as no client should be told to wait longer. */
const MAX_RETRY_AFTER_SECONDS = 86_400;

/**
 * Reads the controls, in the spirit of Prism's `Prefer: code=404`:
 * `Prefer: code=503, retry-after=30, delay=300, network-error`, or the query options `__code`,
 * `__retry_after`, `__delay`, `__network_error` for tools that cannot set headers.
 */
export function readRequestControls(request: Request): RequestControls {
  const url = new URL(request.url);
  const preferences = new Map<string, string>();
  for (const part of (request.headers.get('prefer') ?? '').split(/[,;]/)) {
    const [key = '', value = ''] = part.trim().split('=');
    if (key) preferences.set(key.toLowerCase(), value.trim());
  }
  const read = (preference: string, query: string) =>
    Number(preferences.get(preference) ?? url.searchParams.get(query) ?? Number.NaN);
  const code = read('code', '__code');
  const retryAfter = read('retry-after', '__retry_after');
  const delay = read('delay', '__delay');
  return {
    ...(Number.isInteger(code) && code >= 100 && code <= 599 && { code }),
    ...(Number.isInteger(retryAfter) &&
      retryAfter >= 0 && { retryAfterSeconds: Math.min(retryAfter, MAX_RETRY_AFTER_SECONDS) }),
    ...(Number.isFinite(delay) && delay > 0 && { delayMs: Math.min(delay, MAX_DELAY_MS) }),
    networkError: preferences.has('network-error') || url.searchParams.has('__network_error'),
  };
}
