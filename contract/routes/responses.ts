import { IdParamsSchema } from '../schemas/common.js';
import { BadRequestSchema, DetailErrorSchema } from '../schemas/errors.js';

/** Declared by every route that needs a signed-in caller. */
export const unauthorizedResponse = {
  401: DetailErrorSchema.describe('Missing, invalid, expired or revoked access token.'),
};

/** Declared by every route that reads a JSON body. */
export const bodyErrorResponses = {
  400: BadRequestSchema,
  413: DetailErrorSchema.describe('Body larger than 1 MiB.'),
  415: DetailErrorSchema.describe('Body is not application/json.'),
};

/** Declared by every route with a query or a rule that can refuse the request. */
export const badRequestResponse = { 400: BadRequestSchema };

/** Declared by routes whose resource may not exist or may not be visible to the caller. */
export const notFoundResponse = { 404: DetailErrorSchema.describe('Not found.') };

/** Declared by routes where the caller can see the resource but may not act on it. */
export const forbiddenResponse = {
  403: DetailErrorSchema.describe('You do not have permission to perform this action.'),
};

/** Declared by routes that may throttle the caller. */
export const throttledResponse = {
  429: DetailErrorSchema.describe('Request was throttled. Expected available in N seconds.'),
};

/** Route metadata: `public` routes need no access token (and never trigger a token refresh). */
export interface RouteMetadata {
  public?: boolean;
}

/** Metadata for routes open to anonymous callers. */
export const publicRoute = { public: true } as const satisfies RouteMetadata;

/** `{id}` path parameters, shared by every route on one resource. */
export const byIdPath = { pathParams: IdParamsSchema };

/** A resource the caller must be signed in to see, and may not find: 401, 404. */
export const visibleResponses = { ...unauthorizedResponse, ...notFoundResponse };

/** A resource some callers may see but not use (staff only, members only): 401, 403, 404. */
export const restrictedResponses = { ...unauthorizedResponse, ...forbiddenResponse, ...notFoundResponse };

/** An action with rules and permissions (host, admin, receiver...): 400, 401, 403, 404. */
export const guardedActionResponses = { ...badRequestResponse, ...restrictedResponses };

/** An action with rules but open to anyone who sees the resource: 400, 401, 404. */
export const checkedActionResponses = { ...badRequestResponse, ...visibleResponses };
