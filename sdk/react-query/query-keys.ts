/** The first element of every key `@studymate/sdk/react-query` makes. */
export const ROOT_KEY = 'studymate';

/** What a request adds to its route's key: the parts that change the answer. */
function requestKey(args: unknown): Record<string, unknown> {
  if (typeof args !== 'object' || args === null) return {};
  const { params, query, body, extraHeaders } = args as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries({ params, query, body, extraHeaders }).filter(([, value]) => value !== undefined),
  );
}

/** `['studymate', 'sessions', 'list']`: the prefix every key of that route or area starts with. */
export const pathKey = (path: readonly string[]) => [ROOT_KEY, ...path] as const;

/** `['studymate', 'sessions', 'list', { query: { page: 2 } }]`: one request's key. */
export const routeKey = (path: readonly string[], args: unknown) =>
  [ROOT_KEY, ...path, requestKey(args)] as const;
