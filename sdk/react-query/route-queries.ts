import type { AppRoute } from '@ts-rest/core';
import {
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
  useSuspenseQuery,
  type DataTag,
  type QueryClient,
  type QueryKey,
  type UseMutationResult,
  type UseQueryResult,
  type UseSuspenseQueryResult,
} from '@tanstack/react-query';
import { ApiResponseError } from './api-response-error.js';
import { invalidateAfter, type Invalidation } from './invalidation.js';
import { pathKey, routeKey } from './query-keys.js';
import { retryDelay, shouldRetry } from './retry-policy.js';
import type {
  MutationSettings,
  RouteArgs,
  RouteData,
  RouteError,
  RouteMutationOptions,
  RouteQueryOptions,
  RouteVariables,
} from './route-types.js';

/** The helpers of a GET route: its keys, its `queryOptions`, and the hooks over them. */
export interface RouteQuery<Route extends AppRoute> {
  /** This request's key: `['studymate', 'sessions', 'list', { query: { page: 2 } }]`. */
  queryKey: (...args: RouteArgs<Route>) => DataTag<QueryKey, RouteData<Route>, RouteError<Route>>;
  /** The prefix of every request of this route (`['studymate', 'sessions', 'list']`), to invalidate them all. */
  pathKey: () => QueryKey;
  /** For `useQuery`, `useSuspenseQuery`, `queryClient.query`…; spread it to add options. */
  queryOptions: (...args: RouteArgs<Route>) => RouteQueryOptions<Route>;
  /** `useQuery(queryOptions(args))`. */
  useQuery: (...args: RouteArgs<Route>) => UseQueryResult<RouteData<Route>, RouteError<Route>>;
  /** `useSuspenseQuery(queryOptions(args))`. */
  useSuspenseQuery: (
    ...args: RouteArgs<Route>
  ) => UseSuspenseQueryResult<RouteData<Route>, RouteError<Route>>;
}

/** The helpers of a route that changes something: its key, its `mutationOptions`, and the hook. */
export interface RouteMutation<Route extends AppRoute> {
  /** `['studymate', 'sessions', 'join']`, e.g. for `useIsMutating`. */
  mutationKey: () => QueryKey;
  /** For `useMutation`; invalidates what the mutation changed once it succeeded (see `settings`). */
  mutationOptions: (settings?: MutationSettings<Route>) => RouteMutationOptions<Route>;
  /** `useMutation(mutationOptions(settings))`, invalidating through the QueryClient of the provider. */
  useMutation: (
    settings?: MutationSettings<Route>,
  ) => UseMutationResult<RouteData<Route>, RouteError<Route>, RouteVariables<Route>>;
}

/** One route of the client, as the helpers call it. */
export interface RouteSetup {
  path: readonly string[];
  call: (args?: unknown) => Promise<{ status: number; body: unknown; headers: Headers }>;
  /** Invalidates after mutations when the mutation function is not given one (TanStack Query < 5.80). */
  queryClient?: QueryClient;
  /** Whether queries carry the SDK's retry policy, or leave retries to the QueryClient's defaults. */
  retry: boolean;
}

/** Calls the route (the client refreshes the access token underneath): a success's body, else it throws. */
async function request(setup: RouteSetup, args: unknown, signal?: AbortSignal): Promise<unknown> {
  const given = (args ?? {}) as { fetchOptions?: Record<string, unknown> };
  const response = await setup.call(
    signal ? { ...given, fetchOptions: { ...given.fetchOptions, signal } } : args,
  );
  if (response.status >= 200 && response.status < 300) return response.body;
  throw new ApiResponseError(response);
}

export function routeQuery<Route extends AppRoute>(setup: RouteSetup): RouteQuery<Route> {
  const options = (args: unknown) =>
    queryOptions({
      queryKey: routeKey(setup.path, args),
      queryFn: ({ signal }) => request(setup, args, signal),
      ...(setup.retry && { retry: shouldRetry, retryDelay }),
    });
  const helpers = {
    queryKey: (args?: unknown) => routeKey(setup.path, args),
    pathKey: () => pathKey(setup.path),
    queryOptions: options,
    useQuery: (args?: unknown) => useQuery(options(args)),
    useSuspenseQuery: (args?: unknown) => useSuspenseQuery(options(args)),
  };
  // The runtime is one generic loop; the contract types each route's helpers.
  return helpers as unknown as RouteQuery<Route>;
}

export function routeMutation<Route extends AppRoute>(setup: RouteSetup): RouteMutation<Route> {
  const options = (settings: MutationSettings<Route> = {}, fromHook?: QueryClient) => ({
    mutationKey: pathKey(setup.path),
    mutationFn: async (variables: unknown, context?: { client?: QueryClient }) => {
      const data = await request(setup, variables);
      const queryClient = fromHook ?? context?.client ?? setup.queryClient;
      const invalidate = settings.invalidate as Invalidation | undefined;
      if (queryClient) await invalidateAfter(queryClient, { path: setup.path, invalidate, variables, data });
      return data;
    },
  });
  const helpers = {
    mutationKey: () => pathKey(setup.path),
    mutationOptions: (settings?: MutationSettings<Route>) => options(settings),
    useMutation: (settings?: MutationSettings<Route>) => {
      const queryClient = useQueryClient();
      return useMutation(options(settings, queryClient));
    },
  };
  return helpers as unknown as RouteMutation<Route>;
}
