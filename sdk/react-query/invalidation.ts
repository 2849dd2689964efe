import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { pathKey } from './query-keys.js';

/**
 * What a successful mutation makes stale. `'area'` (the default): the queries of its own area
 * (`sessions.join` → every `sessions.*` query); `'all'`: every Study Mate query; `'none'`; or the
 * keys a function returns from the mutation's variables and answer.
 */
export type Invalidation<Variables = unknown, Data = unknown> =
  'area' | 'all' | 'none' | ((variables: Variables, data: Data) => readonly QueryKey[]);

/**
 * Invalidates (refetching the ones on screen) what `path`'s mutation changed. Signing in or out
 * changes whose data every query holds: an `auth` mutation invalidates every Study Mate query, and
 * `auth.logout` removes them, so the next user never sees the last one's data.
 */
export async function invalidateAfter(
  queryClient: QueryClient,
  mutation: {
    path: readonly string[];
    invalidate: Invalidation | undefined;
    variables: unknown;
    data: unknown;
  },
): Promise<void> {
  const { path, invalidate, variables, data } = mutation;
  const [area = ''] = path;
  if (area === 'auth' && path[1] === 'logout') {
    queryClient.removeQueries({ queryKey: pathKey([]) });
    return;
  }
  const rule = invalidate ?? (area === 'auth' ? 'all' : 'area');
  if (rule === 'none') return;
  const keys = typeof rule === 'function' ? rule(variables, data) : [pathKey(rule === 'all' ? [] : [area])];
  await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}
