import { isAppRoute, type AppRoute, type AppRouter } from '@ts-rest/core';
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { pathKey } from './query-keys.js';
import {
  routeMutation,
  routeQuery,
  type RouteMutation,
  type RouteQuery,
  type RouteSetup,
} from './route-queries.js';

/** Every area, and the root, has the prefix of its keys: `api.sessions.pathKey()` is `['studymate', 'sessions']`. */
export interface AreaKeys {
  pathKey: () => QueryKey;
}

/** The helpers of a router: per GET route a {@link RouteQuery}, per other route a {@link RouteMutation}. */
export type StudyMateQueries<Router extends AppRouter> = AreaKeys & {
  [Key in keyof Router]: Router[Key] extends AppRoute
    ? Router[Key]['method'] extends 'GET'
      ? RouteQuery<Router[Key]>
      : RouteMutation<Router[Key]>
    : Router[Key] extends AppRouter
      ? StudyMateQueries<Router[Key]>
      : never;
};

export interface CreateQueriesOptions {
  /**
   * Retry failed queries on a network failure, a 5xx or a 429 (waiting its `Retry-After`, up to
   * 30 s), never on a declared 4xx. `false` leaves retries to the QueryClient's defaults (e.g.
   * `retry: false` in tests). @default true
   */
  retry?: boolean;
  /**
   * The QueryClient to invalidate after a mutation run through `mutationOptions()`. Not needed
   * with TanStack Query 5.80 or later, which hands it to the mutation, nor with `useMutation()`.
   */
  queryClient?: QueryClient;
}

/** The client's functions, walked alongside the router's routes. */
type Calls = Record<string, unknown>;

/** One level of the router: its routes' helpers, and its areas' helpers one level down. */
interface Level {
  router: AppRouter;
  calls: Calls;
  path: string[];
}

function helpersOf({ router, calls, path }: Level, options: CreateQueriesOptions): Calls {
  const helpers: Calls = { pathKey: () => pathKey(path) };
  for (const [key, entry] of Object.entries(router)) {
    const here = [...path, key];
    if (!isAppRoute(entry)) {
      helpers[key] = helpersOf({ router: entry, calls: calls[key] as Calls, path: here }, options);
      continue;
    }
    const setup: RouteSetup = {
      path: here,
      call: calls[key] as RouteSetup['call'],
      retry: options.retry ?? true,
      ...(options.queryClient && { queryClient: options.queryClient }),
    };
    helpers[key] = entry.method === 'GET' ? routeQuery(setup) : routeMutation(setup);
  }
  return helpers;
}

/** {@link createQueries} for a client of any router (`createClientFor(router)`), e.g. the contract extended. */
export function createQueriesFor<Router extends AppRouter>(
  router: Router,
  client: unknown,
  options: CreateQueriesOptions = {},
): StudyMateQueries<Router> {
  return helpersOf({ router, calls: client as Calls, path: [] }, options) as StudyMateQueries<Router>;
}
