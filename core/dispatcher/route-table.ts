import { isAppRoute, type AppRoute, type AppRouter } from '@ts-rest/core';
import type { UserRecord } from '../ports/store/store.js';
import type { CoreContext } from '../context.js';
import type { UseCaseTree } from '../context.js';

export interface UntypedResult {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** A use case seen by the dispatcher, after the route's schemas have typed its input. */
type AnyUseCase = (
  request: { params: unknown; query: unknown; body: unknown },
  context: CoreContext<UserRecord | null>,
) => Promise<UntypedResult>;

export interface RouteEntry {
  /** Dotted contract key, e.g. `auth.login`. */
  name: string;
  route: AppRoute;
  useCase: AnyUseCase;
  segments: string[];
}

export type RouteMatch =
  | { kind: 'found'; entry: RouteEntry; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allowed: string[] }
  | { kind: 'not-found' };

/** Flattens the contract beside its use cases, literal segments first so `my_sessions` never reads as an id. */
export function buildRouteTable<Router extends AppRouter>(
  router: Router,
  useCases: UseCaseTree<Router>,
): RouteEntry[] {
  const entries: RouteEntry[] = [];
  const walk = (node: AppRouter, cases: Record<string, unknown>, prefix: string) => {
    for (const [key, child] of Object.entries(node)) {
      const name = prefix ? `${prefix}.${key}` : key;
      if (isAppRoute(child)) {
        entries.push({
          name,
          route: child,
          useCase: cases[key] as AnyUseCase,
          segments: splitPath(child.path),
        });
      } else {
        walk(child, cases[key] as Record<string, unknown>, name);
      }
    }
  };
  walk(router, useCases, '');
  return entries.sort((a, b) => specificity(b) - specificity(a));
}

function splitPath(path: string): string[] {
  return path.split('/').filter((segment) => segment.length > 0);
}

/** Finds the route for a method and path; a trailing slash is optional. */
export function matchRoute(table: RouteEntry[], method: string, pathname: string): RouteMatch {
  const segments = splitPath(pathname);
  const allowed = new Set<string>();
  for (const entry of table) {
    const params = matchSegments(entry.segments, segments);
    if (!params) continue;
    if (entry.route.method === method) return { kind: 'found', entry, params };
    allowed.add(entry.route.method);
  }
  return allowed.size > 0 ? { kind: 'method-not-allowed', allowed: [...allowed] } : { kind: 'not-found' };
}

function matchSegments(pattern: string[], actual: string[]): Record<string, string> | null {
  if (pattern.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of pattern.entries()) {
    const value = actual[index] ?? '';
    if (part.startsWith(':')) params[part.slice(1)] = safeDecode(value);
    else if (part !== value) return null;
  }
  return params;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Every route of a router, most specific path first (the order any first-match router needs). */
export function listRoutesBySpecificity(router: AppRouter): AppRoute[] {
  const routes = Object.values(router).flatMap((child): AppRoute[] =>
    isAppRoute(child) ? [child] : listRoutesBySpecificity(child),
  );
  return routes.sort(
    (a, b) => specificity({ segments: splitPath(b.path) }) - specificity({ segments: splitPath(a.path) }),
  );
}

/** Literal segments outrank parameters, position by position from the left. */
function specificity(entry: { segments: string[] }): number {
  return entry.segments.reduce(
    (score, part, index) => score + (part.startsWith(':') ? 0 : 2 ** (16 - index)),
    0,
  );
}
