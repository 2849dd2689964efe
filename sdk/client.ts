import { initClient, type ApiFetcher, type AppRouter, type InitClientReturn } from '@ts-rest/core';
import { contract, type Contract } from '@studymate/contract';
import { createAuthenticatedFetcher } from './authenticated-fetcher.js';
import { chatOpeners, type ChatClientOptions, type ChatOpeners } from './chat/open-chat.js';
import { createMemoryTokenStore, type TokenStore } from './token-store.js';

export interface CreateClientOptions {
  /** Where the API lives, e.g. `http://localhost:8000`. */
  baseUrl: string;
  /** Where tokens are kept. @default an in-memory store */
  tokens?: TokenStore;
  /** The fetch to use. @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Called when a token refresh fails and the user is signed out. */
  onSignOut?: () => void;
  /** Validate response bodies against the contract. @default false */
  validateResponse?: boolean;
  /** The realtime chat's WebSocket class, backoff, timers... */
  chat?: ChatClientOptions;
  /** Milliseconds since the epoch, to judge token expiry. @default Date.now */
  now?: () => number;
}

/**
 * A typed client for every route of the contract. Each call resolves to `{status, body, headers}`
 * narrowed by status; it throws only for a status the contract does not declare, or a network error.
 * @example
 * const client = createClient({ baseUrl: 'http://localhost:8000' });
 * const login = await client.auth.login({ body: { email, password } });
 * if (login.status === 200) console.log(login.body.user.full_name); // tokens are now stored
 * const profile = await client.auth.getProfile();
 */
export function createClient(options: CreateClientOptions): StudyMateClient {
  const client = createClientFor(contract, options);
  return Object.assign(client, { chat: Object.assign(client.chat, client.sockets) });
}

/** A client for any ts-rest router, e.g. the contract extended with routes of your own. */
export function createClientFor<Router extends AppRouter>(
  router: Router,
  options: CreateClientOptions,
): StudyMateClientFor<Router> {
  const tokens = options.tokens ?? createMemoryTokenStore();
  const session = createAuthenticatedFetcher({
    baseUrl: options.baseUrl,
    tokens,
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    ...(options.onSignOut && { onSignOut: options.onSignOut }),
    ...(options.now && { now: options.now }),
  });
  const client = initClient(router, {
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    api: session.api,
    throwOnUnknownStatus: true,
    validateResponse: options.validateResponse ?? false,
  });
  const sockets = chatOpeners({
    baseUrl: options.baseUrl,
    freshAccessToken: session.freshAccessToken,
    options: options.chat ?? {},
  });
  return Object.assign(client, { tokens, sockets });
}

/** The arguments `createClientFor` gives ts-rest's `initClient`: they shape each call's arguments. */
export interface StudyMateClientArgs {
  baseUrl: string;
  api: ApiFetcher;
  throwOnUnknownStatus: true;
  validateResponse: boolean;
}

/**
 * The client `createClientFor(router)` returns: a function per route, the token store, and the
 * chat openers. Named, so the published types refer to ts-rest's `InitClientReturn` instead of
 * spelling out every route (which also leaked ts-rest's type parameter `TClientArgs`).
 */
export type StudyMateClientFor<Router extends AppRouter> = InitClientReturn<Router, StudyMateClientArgs> & {
  tokens: TokenStore;
  sockets: ChatOpeners;
};

/** The client `createClient` returns: `client.chat` also opens the chat connections. */
export type StudyMateClient = StudyMateClientFor<Contract> & {
  chat: StudyMateClientFor<Contract>['chat'] & ChatOpeners;
};
