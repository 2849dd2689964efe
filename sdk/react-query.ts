import { contract, type Contract } from '@studymate/contract';
import type { StudyMateClient } from './client.js';
import {
  createQueriesFor,
  type CreateQueriesOptions,
  type StudyMateQueries,
} from './react-query/create-queries.js';

export { ApiResponseError } from './react-query/api-response-error.js';
export {
  createQueriesFor,
  type AreaKeys,
  type CreateQueriesOptions,
  type StudyMateQueries,
} from './react-query/create-queries.js';
export type { Invalidation } from './react-query/invalidation.js';
export { ROOT_KEY } from './react-query/query-keys.js';
export { retryDelay, shouldRetry } from './react-query/retry-policy.js';
export type { RouteMutation, RouteQuery } from './react-query/route-queries.js';
export type {
  MutationSettings,
  RouteArgs,
  RouteData,
  RouteError,
  RouteMutationOptions,
  RouteQueryOptions,
  RouteVariables,
} from './react-query/route-types.js';

/**
 * TanStack Query v5 helpers for every route of the contract, over a client of `createClient` (its
 * token refresh runs underneath): per GET route `queryKey`, `queryOptions`, `useQuery` and
 * `useSuspenseQuery`; per other route `mutationOptions` and `useMutation`, which invalidate the
 * queries of the route's area once they succeed. Data is the success answer's body; a declared
 * 4xx throws an `ApiResponseError` typed by status, a 5xx the SDK's `UnknownStatusError`.
 * @example
 * const api = createQueries(client);
 * const sessions = api.sessions.list.useQuery({ query: { page: 1 } });
 * const join = api.sessions.join.useMutation(); // then join.mutate({ params: { id }, body: {} })
 */
export function createQueries(
  client: StudyMateClient,
  options: CreateQueriesOptions = {},
): StudyMateQueries<Contract> {
  return createQueriesFor(contract, client, options);
}
