import { ContractNoBody, isZodType, type AppRoute, type AppRouter } from '@ts-rest/core';
import type { RouteMetadata } from '@studymate/contract';
import type { UserRecord } from '../ports/store/store.js';
import type { CoreServices } from '../context.js';
import { fieldErrors, internalError, methodNotAllowed, notFound } from '../rules/errors.js';
import type { UseCaseTree } from '../context.js';
import { authenticate } from '../rules/people/authenticate.js';
import { readJsonBody, refuseBodyFraming } from './read-json-body.js';
import { buildRouteTable, matchRoute, type RouteEntry, type UntypedResult } from './route-table.js';
import { parseWithFieldErrors } from '../rules/validation-errors.js';

/** A transport's request, reduced to what the API reads. */
export interface ApiRequest {
  method: string;
  /** Absolute URL; page links are built from it. */
  url: string;
  authorization?: string | null;
  contentType?: string | null;
  contentEncoding?: string | null;
  /** The raw body text, if any. */
  body?: string | null;
  /** Set by a transport that stopped reading a body over the limit. */
  bodyTooLarge?: boolean;
}

/** `body` is undefined for a bodiless answer (a 204): transports then send no body at all. */
export interface ApiResponse extends UntypedResult {
  headers: Record<string, string>;
}

export type ApiHandler = (request: ApiRequest) => Promise<ApiResponse>;

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

/**
 * The whole HTTP API as one function, shared by Express and MSW so they cannot drift:
 * routing, auth, DRF-shaped validation errors, the use case, and response validation
 * (which also strips any field the contract does not declare).
 */
export function createApiHandler<Router extends AppRouter>(
  services: CoreServices,
  api: { contract: Router; useCases: UseCaseTree<Router> },
): ApiHandler {
  const table = buildRouteTable(api.contract, api.useCases);
  return async (request) => {
    try {
      return withHeaders(await dispatch(table, request, services));
    } catch (error) {
      services.logger.error(`Unhandled error on ${request.method} ${new URL(request.url).pathname}`, error);
      return withHeaders(internalError());
    }
  };
}

async function dispatch(
  table: RouteEntry[],
  request: ApiRequest,
  services: CoreServices,
): Promise<UntypedResult> {
  const url = new URL(request.url);
  const method = request.method.toUpperCase();
  // The order of checks is the API's, not a transport's: a bad body's framing first, then
  // routing, path, auth, query, and the body's content last.
  if (METHODS_WITH_BODY.has(method)) {
    const refused = refuseBodyFraming(
      {
        text: request.body,
        contentType: request.contentType,
        contentEncoding: request.contentEncoding,
        tooLarge: request.bodyTooLarge ?? false,
      },
      services.config,
    );
    if (refused) return refused;
  }
  const match = matchRoute(table, method, url.pathname);
  if (match.kind === 'not-found') return notFound();
  if (match.kind === 'method-not-allowed') {
    return { ...methodNotAllowed(method), headers: { Allow: match.allowed.join(', ') } };
  }
  const { route, useCase } = match.entry;

  const params = route.pathParams
    ? await parseWithFieldErrors(zodOrUndefined(route.pathParams), match.params)
    : null;
  if (params && !params.ok) return notFound();

  let user: UserRecord | null = null;
  let sessionId: string | undefined;
  if (!(route.metadata as RouteMetadata | undefined)?.public) {
    const authentication = await authenticate(request.authorization, services);
    if (!authentication.ok) return authentication.response;
    user = authentication.user;
    sessionId = authentication.claims.sessionId;
  }

  const query = await parseWithFieldErrors(zodOrUndefined(route.query), Object.fromEntries(url.searchParams));
  if (!query.ok) return fieldErrors(query.errors);

  let body: unknown = undefined;
  if (METHODS_WITH_BODY.has(method)) {
    const json = readJsonBody(request.body, request.contentType);
    if (!json.ok) return json.response;
    const parsed = await parseWithFieldErrors(
      zodOrUndefined('body' in route ? route.body : undefined),
      json.value,
    );
    if (!parsed.ok) return fieldErrors(parsed.errors);
    body = parsed.data;
  }

  const result = await useCase(
    { params: params?.data ?? match.params, query: query.data, body },
    { ...services, url, user, ...(sessionId && { sessionId }) },
  );
  return validateResponse(route, result);
}

function zodOrUndefined(candidate: unknown) {
  return isZodType(candidate) ? candidate : undefined;
}

/** A use case answering an undeclared status or shape is a bug: it becomes a logged 500, never a leak. */
async function validateResponse(route: AppRoute, result: UntypedResult): Promise<UntypedResult> {
  const schema = (route.responses as Record<number, unknown>)[result.status];
  if (schema === undefined)
    throw new Error(`${route.method} ${route.path} answered undeclared ${result.status}`);
  if (schema === ContractNoBody) {
    if (result.body !== undefined)
      throw new Error(`${route.method} ${route.path} ${result.status} is declared without a body`);
    return { ...result, body: undefined };
  }
  if (!isZodType(schema)) return result;
  const parsed = await schema.safeParseAsync(result.body);
  if (!parsed.success) {
    throw new Error(
      `${route.method} ${route.path} ${result.status} body broke the contract: ${parsed.error.message}`,
    );
  }
  return { ...result, body: parsed.data };
}

function withHeaders(result: UntypedResult): ApiResponse {
  const headers: Record<string, string> = { ...result.headers };
  if (result.status === 401) headers['WWW-Authenticate'] = 'Bearer realm="api"';
  return { status: result.status, body: result.body, headers };
}
