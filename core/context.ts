import type { AppRoute, AppRouter, ServerInferRequest, ServerInferResponses } from '@ts-rest/core';
import type { Store, UserRecord } from './ports/store/store.js';
import type { CoreConfig } from './config.js';
import type { ChatEvents } from './ports/chat-events.js';
import type { Clock } from './ports/clock.js';
import type { Ids } from './ports/ids.js';
import type { Logger } from './ports/logger.js';
import type { PasswordHasher } from './ports/password-hasher.js';
import type { PresenceReader } from './ports/presence.js';
import type { RateLimits } from './ports/rate-limits.js';
import type { TokenService } from './ports/token-service.js';

/** Everything a use case may use besides its request: the ports and the config. */
export interface CoreServices {
  store: Store;
  clock: Clock;
  ids: Ids;
  hasher: PasswordHasher;
  tokens: TokenService;
  presence: PresenceReader;
  events: ChatEvents;
  /** Budgets per user and room for chat messages, typing and read receipts. */
  rateLimits: RateLimits;
  logger: Logger;
  config: CoreConfig;
}

/** The context of one request: the services, the request URL (for page links) and the caller. */
export interface CoreContext<Caller extends UserRecord | null = UserRecord> extends CoreServices {
  url: URL;
  user: Caller;
  /** The caller's sign-in session (its access token's `sid`); absent on public routes. */
  sessionId?: string;
}

/** A route's validated request: params, query and body as the contract's schemas parsed them. */
export type CoreRequest<Route extends AppRoute> = Omit<ServerInferRequest<Route>, 'headers'>;

type IsPublic<Route extends AppRoute> = Route['metadata'] extends { public: true } ? true : false;

/** One use case: a validated request in, one of the route's declared `{status, body}` out. */
export type UseCase<Route extends AppRoute> = (
  request: CoreRequest<Route>,
  context: CoreContext<IsPublic<Route> extends true ? null : UserRecord>,
) => Promise<ServerInferResponses<Route>>;

/** One use case per contract route, mirrored key for key; a route without one fails the type check. */
export type UseCaseTree<Router extends AppRouter> = {
  [Key in keyof Router]: Router[Key] extends AppRoute
    ? UseCase<Router[Key]>
    : Router[Key] extends AppRouter
      ? UseCaseTree<Router[Key]>
      : never;
};
