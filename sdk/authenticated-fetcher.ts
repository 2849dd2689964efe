import { UnknownStatusError, type ApiFetcher, type ApiFetcherArgs } from '@ts-rest/core';
import { contract, TokenPairSchema } from '@studymate/contract';
import { isPublicRoute, tokensFromResponse } from './session-routes.js';
import type { TokenStore } from './token-store.js';

export interface AuthenticatedFetcherOptions {
  baseUrl: string;
  tokens: TokenStore;
  fetch: typeof fetch;
  /** Called when a refresh fails and the tokens are dropped. */
  onSignOut?: () => void;
  /** Milliseconds since the epoch, to judge token expiry. @default Date.now */
  now?: () => number;
}

export interface AuthenticatedSession {
  api: ApiFetcher;
  /** The access token, refreshed first when it has expired (or is about to); null when signed out. */
  freshAccessToken: () => Promise<string | null>;
}

/** Refresh this long before the access token's `exp`, so it does not die in flight. */
const EXPIRY_LEEWAY_MS = 10_000;

type FetchResult = Awaited<ReturnType<ApiFetcher>>;

/**
 * ts-rest's fetcher plus the session: attaches the access token, keeps the token store in step
 * with login/register/refresh/logout, and on a 401 refreshes once (one refresh in flight, the
 * others wait for it) and retries once. A refused refresh signs out; a refresh the server could not
 * answer (429, 5xx) keeps the tokens and throws, as any call that gets a 5xx does.
 */
export function createAuthenticatedFetcher(options: AuthenticatedFetcherOptions): AuthenticatedSession {
  let refreshing: Promise<boolean> | null = null;

  const refreshOnce = (): Promise<boolean> => {
    refreshing ??= refreshTokens(options).finally(() => {
      refreshing = null;
    });
    return refreshing;
  };

  const api: ApiFetcher = async (args) => {
    const authenticated = !isPublicRoute(args.route);
    const usedAccess = authenticated ? (options.tokens.get()?.access ?? null) : null;
    let result = await send(args, usedAccess, options.fetch);
    if (authenticated && result.status === 401 && options.tokens.get()?.refresh) {
      const current = options.tokens.get()?.access ?? null;
      const fresh = current !== usedAccess ? current !== null : await refreshOnce();
      if (fresh) result = await send(args, options.tokens.get()?.access ?? null, options.fetch);
    }
    const tokens = tokensFromResponse(args.route, result.status, result.body);
    if (tokens !== undefined) options.tokens.set(tokens);
    return result;
  };

  const freshAccessToken = async (): Promise<string | null> => {
    const access = options.tokens.get()?.access;
    if (!access) return null;
    const expiresAt = accessExpiry(access);
    if (expiresAt !== null && expiresAt - EXPIRY_LEEWAY_MS > (options.now ?? Date.now)()) return access;
    return (await refreshOnce()) ? (options.tokens.get()?.access ?? null) : null;
  };

  return { api, freshAccessToken };
}

/** The `exp` of a JWT in milliseconds, read without verifying (the server verifies); null if unreadable. */
function accessExpiry(token: string): number | null {
  try {
    const payload = token.split('.')[1] ?? '';
    const json = atob(
      payload
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .padEnd(Math.ceil(payload.length / 4) * 4, '='),
    );
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : null;
  } catch {
    return null;
  }
}

async function refreshTokens(options: AuthenticatedFetcherOptions): Promise<boolean> {
  const refresh = options.tokens.get()?.refresh;
  if (!refresh) return false;
  const response = await options.fetch(joinUrl(options.baseUrl, contract.auth.refreshToken.path), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ refresh }),
  });
  const body = await readBody(response);
  const parsed = TokenPairSchema.safeParse(body);
  if (response.status === 200 && parsed.success) {
    options.tokens.set(parsed.data);
    return true;
  }
  if (isServerFault(response.status)) {
    // Not a verdict on the tokens: the user stays signed in, and the call fails as a 5xx does.
    const declared = Object.keys(contract.auth.refreshToken.responses);
    // The headers (Retry-After) ride along, as on the errors ts-rest throws for a call's own answer.
    const answer = { status: response.status, body, headers: response.headers };
    throw new UnknownStatusError(answer, declared);
  }
  options.tokens.set(null);
  options.onSignOut?.();
  return false;
}

/** A server that is down, overloaded or throttling says nothing about the tokens it was sent. */
const isServerFault = (status: number) => status === 429 || status >= 500;

async function send(
  args: ApiFetcherArgs,
  access: string | null,
  fetchFunction: typeof fetch,
): Promise<FetchResult> {
  const headers: Record<string, string> = { accept: 'application/json', ...args.headers };
  if (access) headers['authorization'] = `Bearer ${access}`;
  const response = await fetchFunction(args.path, {
    ...args.fetchOptions,
    method: args.method,
    headers,
    ...(args.body !== null && args.body !== undefined && { body: args.body }),
  });
  return { status: response.status, body: await readBody(response), headers: response.headers };
}

/** JSON when the server says so, else text; a bodiless answer (204) is `undefined`, as the contract types it. */
async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '' && (response.status === 204 || response.status === 205)) return undefined;
  if (!(response.headers.get('content-type') ?? '').includes('json')) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}`;
}
