/** What a request asks of the mocks beyond the API itself. */
export interface RequestControls {
  /** Answer this declared status, with a body generated from the contract's schema for it. */
  code?: number;
  /** Wait this long first. */
  delayMs?: number;
  /** Fail like a dropped connection (fetch rejects). */
  networkError: boolean;
}

const MAX_DELAY_MS = 60_000;

/**
 * Reads the controls, in the spirit of Prism's `Prefer: code=404`:
 * `Prefer: code=404, delay=300, network-error`, or the query options `__code`, `__delay`,
 * `__network_error` for tools that cannot set headers.
 */
export function readRequestControls(request: Request): RequestControls {
  const url = new URL(request.url);
  const preferences = new Map<string, string>();
  for (const part of (request.headers.get('prefer') ?? '').split(/[,;]/)) {
    const [key = '', value = ''] = part.trim().split('=');
    if (key) preferences.set(key.toLowerCase(), value);
  }
  const code = Number(preferences.get('code') ?? url.searchParams.get('__code') ?? Number.NaN);
  const delay = Number(preferences.get('delay') ?? url.searchParams.get('__delay') ?? Number.NaN);
  return {
    ...(Number.isInteger(code) && code >= 100 && code <= 599 && { code }),
    ...(Number.isFinite(delay) && delay > 0 && { delayMs: Math.min(delay, MAX_DELAY_MS) }),
    networkError: preferences.has('network-error') || url.searchParams.has('__network_error'),
  };
}
