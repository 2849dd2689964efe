import type { AppRoute, AppRouteFunction, ClientInferResponses, UnknownStatusError } from '@ts-rest/core';
import type { DataTag, QueryKey, UnusedSkipTokenOptions, UseMutationOptions } from '@tanstack/react-query';
import type { StudyMateClientArgs } from '../client.js';
import type { ApiResponseError } from './api-response-error.js';
import type { Invalidation } from './invalidation.js';

type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 205 | 206;

/** A route's call on the client: `client.sessions.list`. */
type RouteCall<Route extends AppRoute> = AppRouteFunction<Route, StudyMateClientArgs>;

/** What a route's call takes (`params`, `query`, `body`, `extraHeaders`), as a tuple: empty-able when all are optional. */
export type RouteArgs<Route extends AppRoute> = Parameters<RouteCall<Route>>;

/** The variables of a route's mutation: what its call takes. */
export type RouteVariables<Route extends AppRoute> = RouteArgs<Route>[0];

/** A query's or a mutation's data: the body of the route's success answer. */
export type RouteData<Route extends AppRoute> = Extract<
  ClientInferResponses<Route>,
  { status: SuccessStatus }
>['body'];

/**
 * What a query or a mutation of the route fails with: a declared answer that is not a success
 * (typed by status), an undeclared one such as any 5xx (`UnknownStatusError`, as the plain client
 * throws), or a network failure.
 */
export type RouteError<Route extends AppRoute> =
  | ApiResponseError<Exclude<ClientInferResponses<Route>, { status: SuccessStatus }>>
  | UnknownStatusError
  | Error;

/** `queryOptions` of a GET route: for `useQuery`, `useSuspenseQuery`, `prefetchQuery`, `queryClient.query`… */
export type RouteQueryOptions<Route extends AppRoute> = UnusedSkipTokenOptions<
  RouteData<Route>,
  RouteError<Route>
> & { queryKey: DataTag<QueryKey, RouteData<Route>, RouteError<Route>> };

/** `mutationOptions` of a route that changes something, for `useMutation`. */
export type RouteMutationOptions<Route extends AppRoute> = UseMutationOptions<
  RouteData<Route>,
  RouteError<Route>,
  RouteVariables<Route>
>;

/** What a mutation invalidates once it succeeded (see {@link Invalidation}). */
export interface MutationSettings<Route extends AppRoute> {
  /** @default 'area' ('all' for `auth`; `auth.logout` removes every Study Mate query) */
  invalidate?: Invalidation<RouteVariables<Route>, RouteData<Route>>;
}
