import { isZodType, type AppRoute } from '@ts-rest/core';

/** Who a request claims to be: the signed-in caller, its refresh token, nobody, or a raw header. */
export type Authorization = 'caller' | 'caller-refresh' | 'none' | `raw:${string}`;

/** One request of a fuzz run, ready to send but for the caller's tokens. */
export interface FuzzRequest {
  /** `METHOD /path/` of the contract route. */
  label: string;
  route: AppRoute;
  kind: 'valid' | 'invalid';
  /** What was done to a valid request to make it invalid. */
  mutation?: string;
  /** The statuses an invalid request may get (DESIGN §2 and the shared handler's order of checks). */
  expected?: readonly number[];
  /** Path and query, encoded as sent. */
  url: string;
  authorization: Authorization;
  headers: Record<string, string>;
  body?: string;
}

/** A request's parts before encoding: path parameters, query strings and a JSON body. */
export interface Parts {
  params: Record<string, string>;
  query: Record<string, string>;
  /** undefined: no body at all. */
  body: unknown;
}

export const zodOf = (candidate: unknown) => (isZodType(candidate) ? candidate : undefined);
export const labelOf = (route: AppRoute) => `${route.method} ${route.path}`;

/** The request that sends these parts to the route, as the caller unless told otherwise. */
export function toRequest(
  route: AppRoute,
  parts: Parts,
  kind: Pick<FuzzRequest, 'kind' | 'mutation' | 'expected'>,
): FuzzRequest {
  const path = route.path.replace(/:(\w+)/g, (_, name: string) =>
    encodeURIComponent(parts.params[name] ?? ''),
  );
  const search = new URLSearchParams(parts.query).toString();
  const hasBody = parts.body !== undefined;
  return {
    label: labelOf(route),
    route,
    ...kind,
    url: search ? `${path}?${search}` : path,
    authorization: 'caller',
    headers: hasBody ? { 'content-type': 'application/json' } : {},
    ...(hasBody ? { body: JSON.stringify(parts.body) } : {}),
  };
}
