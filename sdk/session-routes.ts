import type { AppRoute } from '@ts-rest/core';
import { contract, TokenPairSchema, type RouteMetadata, type TokenPair } from '@studymate/contract';

const isRoute = (candidate: AppRoute, route: AppRoute) =>
  candidate.method === route.method && candidate.path === route.path;

export const isPublicRoute = (route: AppRoute) =>
  Boolean((route.metadata as RouteMetadata | undefined)?.public);

/** What a response means for the token store: new tokens, a sign-out, or nothing. */
export function tokensFromResponse(
  route: AppRoute,
  status: number,
  body: unknown,
): TokenPair | null | undefined {
  if (
    (isRoute(route, contract.auth.login) && status === 200) ||
    (isRoute(route, contract.auth.register) && status === 201)
  ) {
    const parsed = TokenPairSchema.safeParse((body as { tokens?: unknown } | null)?.tokens);
    return parsed.success ? parsed.data : undefined;
  }
  if (isRoute(route, contract.auth.refreshToken) && status === 200) {
    const parsed = TokenPairSchema.safeParse(body);
    return parsed.success ? parsed.data : undefined;
  }
  if (isRoute(route, contract.auth.logout) && status === 200) return null;
  return undefined;
}
