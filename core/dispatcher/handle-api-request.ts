import { ContractNoBody, isZodType, type AppRoute, type AppRouter } from '@ts-rest/core';
import type { ZodTypeAny } from 'zod';
import type { RouteMetadata } from '@studymate/contract';
import type { UserRecord } from '../ports/store/store.js';
import type { CoreServices } from '../context.js';
import { fieldErrors, internalError, methodNotAllowed, notFound } from '../rules/errors.js';
import type { UseCaseTree } from '../context.js';
import { authenticate } from '../rules/people/authenticate.js';
import { readJsonBody, refuseBodyFraming } from './read-json-body.js';
import { buildRouteTable, matchRoute, type RouteEntry, type UntypedResult } from './route-table.js';
import { parseWithFieldErrors } from '../rules/validation-errors.js';
import { shapeProjection } from './response-shape.js';
import { parseQuery } from './parse-query.js';

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

/**
 * `body` is undefined for a bodiless answer (a 204): transports then send no body at all. When
 * the handler has a `serializer`, `json` holds the checked body already written as JSON (and
 * `body` may then be undefined): a transport sends that text as it is.
 */
export interface ApiResponse extends UntypedResult {
  headers: Record<string, string>;
  json?: string;
  /** The authenticated caller, for the transport's request log; absent on public routes and refusals. */
  userId?: number;
}

export type ApiHandler = (request: ApiRequest) => Promise<ApiResponse>;

/**
 * How a use case's answer is checked against its route's declared response before it leaves.
 * Both keep only the fields the contract declares and turn an undeclared status or a body of
 * the wrong shape into a logged 500.
 * - `full` (the default): zod parses the body (every format and range), and the projection
 *   `shape` uses must answer the very same JSON, else a 500: the suites run this way, so they
 *   hold the cheap form to zod's answer on every response they see.
 * - `shape`: the projection only (declared fields, each of its declared type), compiled once
 *   per schema: what production runs, at a few microseconds a page.
 */
export type ResponseCheck = 'full' | 'shape';

/**
 * Writes a body as JSON from its response schema, keeping only the declared fields, each written
 * as its declared type (a compiled serializer, e.g. fast-json-stringify's); undefined for a schema
 * it does not take (the projection then strips the body, and JSON.stringify writes it).
 */
export type ResponseSerializer = (schema: ZodTypeAny) => ((body: unknown) => string) | undefined;

export interface ApiHandlerOptions {
  /** @default 'full' */
  responseCheck?: ResponseCheck;
  /**
   * With `shape`, it strips and writes the body in one pass, in place of the projection (types
   * are then written as declared, not checked); with `full`, what it writes must equal zod's
   * answer to the byte, else a 500: the suites hold it to zod on every response they see.
   */
  serializer?: ResponseSerializer;
}

/** A checked answer, and its JSON text when a serializer wrote it. */
type CheckedResult = UntypedResult & { json?: string };

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

/**
 * Whether the API reads a request's body for this method (POST, PUT, PATCH): a transport need not
 * read, or wait for, the body of any other.
 */
export function readsRequestBody(method: string): boolean {
  return METHODS_WITH_BODY.has(method.toUpperCase());
}

/**
 * The whole HTTP API as one function, shared by Express and MSW so they cannot drift:
 * routing, auth, DRF-shaped validation errors, the use case, and response validation
 * (which also strips any field the contract does not declare).
 */
export function createApiHandler<Router extends AppRouter>(
  services: CoreServices,
  api: { contract: Router; useCases: UseCaseTree<Router> },
  options: ApiHandlerOptions = {},
): ApiHandler {
  const table = buildRouteTable(api.contract, api.useCases);
  const check = options.responseCheck === 'shape' ? projectResponse : validateResponse;
  const { serializer } = options;
  return async (request) => {
    try {
      const { route, result, userId } = await dispatch(table, request, services);
      const response = withHeaders(route ? check(route, result, serializer) : result);
      return userId === undefined ? response : { ...response, userId };
    } catch (error) {
      services.logger.error(`Unhandled error on ${request.method} ${new URL(request.url).pathname}`, error);
      return withHeaders(internalError());
    }
  };
}

/** The answer, with the route whose use case gave it (its response is then still to check). */
interface Dispatched {
  route?: AppRoute;
  result: UntypedResult;
  userId?: number;
}

async function dispatch(
  table: RouteEntry[],
  request: ApiRequest,
  services: CoreServices,
): Promise<Dispatched> {
  const result = await routeAndRun(table, request, services);
  return 'useCaseResult' in result
    ? { route: result.route, result: result.useCaseResult, userId: result.userId }
    : { result };
}

async function routeAndRun(
  table: RouteEntry[],
  request: ApiRequest,
  services: CoreServices,
): Promise<UntypedResult | { route: AppRoute; useCaseResult: UntypedResult; userId?: number }> {
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
    ? parseWithFieldErrors(zodOrUndefined(route.pathParams), match.params)
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

  const query = parseQuery(zodOrUndefined(route.query), url);
  if (!query.ok) return fieldErrors(query.errors);

  let body: unknown = undefined;
  if (METHODS_WITH_BODY.has(method)) {
    const json = readJsonBody(request.body, request.contentType);
    if (!json.ok) return json.response;
    const parsed = parseWithFieldErrors(zodOrUndefined('body' in route ? route.body : undefined), json.value);
    if (!parsed.ok) return fieldErrors(parsed.errors);
    body = parsed.data;
  }

  const useCaseResult = await useCase(
    { params: params?.data ?? match.params, query: query.data, body },
    { ...services, url, user, ...(sessionId && { sessionId }) },
  );
  return { route, useCaseResult, ...(user && { userId: user.id }) };
}

function zodOrUndefined(candidate: unknown) {
  return isZodType(candidate) ? candidate : undefined;
}

/** The declared schema of the answer's status; an undeclared status, or a body where none is declared, is a bug. */
function declaredSchema(route: AppRoute, result: UntypedResult): ZodTypeAny | 'no body' | 'unchecked' {
  const schema = (route.responses as Record<number, unknown>)[result.status];
  if (schema === undefined)
    throw new Error(`${route.method} ${route.path} answered undeclared ${result.status}`);
  if (schema === ContractNoBody) {
    if (result.body !== undefined)
      throw new Error(`${route.method} ${route.path} ${result.status} is declared without a body`);
    return 'no body';
  }
  return isZodType(schema) ? schema : 'unchecked';
}

function brokeContract(route: AppRoute, result: UntypedResult, why: string): Error {
  return new Error(`${route.method} ${route.path} ${result.status} body broke the contract: ${why}`);
}

/**
 * A use case answering an undeclared status or shape is a bug: it becomes a logged 500, never a
 * leak. zod parses the body, and the cheap projection must agree with it to the byte.
 */
function validateResponse(
  route: AppRoute,
  result: UntypedResult,
  serializer?: ResponseSerializer,
): CheckedResult {
  const schema = declaredSchema(route, result);
  if (schema === 'no body') return { ...result, body: undefined };
  if (schema === 'unchecked') return result;
  const parsed = schema.safeParse(result.body);
  if (!parsed.success) throw brokeContract(route, result, parsed.error.message);
  let projected: unknown;
  try {
    projected = shapeProjection(schema)(result.body);
  } catch (error) {
    throw brokeContract(route, result, `zod accepted it but the shape check refused it: ${String(error)}`);
  }
  if (JSON.stringify(projected) !== JSON.stringify(parsed.data)) {
    throw brokeContract(route, result, 'the shape check kept other fields than zod');
  }
  const serialize = serializer?.(schema);
  if (!serialize) return { ...result, body: parsed.data };
  let json: string;
  try {
    json = serialize(result.body);
  } catch (error) {
    throw brokeContract(route, result, `zod accepted it but the serializer refused it: ${String(error)}`);
  }
  if (json !== JSON.stringify(parsed.data)) {
    throw brokeContract(route, result, 'the serializer wrote other JSON than zod');
  }
  return { ...result, body: parsed.data, json };
}

/**
 * The production check: only the declared fields, each of its declared type (see `ResponseCheck`);
 * with a serializer that takes the schema, written by it in one pass instead.
 */
function projectResponse(
  route: AppRoute,
  result: UntypedResult,
  serializer?: ResponseSerializer,
): CheckedResult {
  const schema = declaredSchema(route, result);
  if (schema === 'no body') return { ...result, body: undefined };
  if (schema === 'unchecked') return result;
  try {
    const serialize = serializer?.(schema);
    if (serialize) return { ...result, body: undefined, json: serialize(result.body) };
    return { ...result, body: shapeProjection(schema)(result.body) };
  } catch (error) {
    throw brokeContract(route, result, String(error));
  }
}

function withHeaders(result: CheckedResult): ApiResponse {
  const headers: Record<string, string> = { ...result.headers };
  if (result.status === 401) headers['WWW-Authenticate'] = 'Bearer realm="api"';
  const response: ApiResponse = { status: result.status, body: result.body, headers };
  if (result.json !== undefined) response.json = result.json;
  return response;
}
