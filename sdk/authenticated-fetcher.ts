import type { ApiFetcher, ApiFetcherArgs } from '@ts-rest/core';
import { contract, TokenPairSchema } from '../contract/index.js';
import { isPublicRoute, tokensFromResponse } from './session-routes.js';
import type { TokenStore } from './token-store.js';

export interface AuthenticatedFetcherOptions {
  baseUrl: string;
  tokens: TokenStore;
  fetch: typeof fetch;
  /** Called when a refresh fails and the tokens are dropped. */
  onSignOut?: () => void;
}

type FetchResult = Awaited<ReturnType<ApiFetcher>>;

/**
 * ts-rest's fetcher plus the session: attaches the access token, keeps the token store in step
 * with login/register/refresh/logout, and on a 401 refreshes once (one refresh in flight, the
 * others wait for it) and retries once. A failed refresh signs out.
 */
export function createAuthenticatedFetcher(options: AuthenticatedFetcherOptions): ApiFetcher {
  let refreshing: Promise<boolean> | null = null;

  const refreshOnce = (): Promise<boolean> => {
    refreshing ??= refreshTokens(options).finally(() => {
      refreshing = null;
    });
    return refreshing;
  };

  return async (args) => {
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
}

async function refreshTokens(options: AuthenticatedFetcherOptions): Promise<boolean> {
  const refresh = options.tokens.get()?.refresh;
  if (!refresh) return false;
  const response = await options.fetch(joinUrl(options.baseUrl, contract.auth.refreshToken.path), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ refresh }),
  });
  const parsed = TokenPairSchema.safeParse(await readBody(response));
  if (response.status === 200 && parsed.success) {
    options.tokens.set(parsed.data);
    return true;
  }
  options.tokens.set(null);
  options.onSignOut?.();
  return false;
}

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
