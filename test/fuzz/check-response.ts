import {
  isAppRouteNoBody,
  isAppRouteOtherResponse,
  isZodType,
  type AppRoute,
  type AppRouteResponse,
} from '@ts-rest/core';
import type { ZodTypeAny } from 'zod';
import { BadRequestSchema, DetailErrorSchema, type RouteMetadata } from '../../contract/index.js';
import { deepStrict } from './deep-strict.js';
import type { FuzzRequest } from './fuzz-request.js';
import { readsRequestBody } from '../../core/index.js';

/** What came back, as bytes and a status. */
export interface ReceivedResponse {
  status: number;
  contentType: string | null;
  text: string;
}

/**
 * The statuses any route may answer beyond its own declared ones: those the shared handler
 * (core/dispatcher/handle-api-request.ts) and the transports answer before a route's use
 * case runs, for reasons no route schema describes:
 * - 404 for a path that matches no route or whose parameter fails its schema;
 * - 405 for another method on a known path (never for the route's own method);
 * - 401 for a missing or bad token, on every route that is not public;
 * - 400, 413 and 415 for the framing of a POST, PUT or PATCH body (malformed JSON, over
 *   1 MiB, not JSON, compressed), read on those methods whether or not the route takes a body.
 * Not universal: 429 (only a use case throttles, and such a route declares it), 403, 5xx.
 */
function universalStatuses(route: AppRoute): Set<number> {
  const statuses = new Set([404, 405]);
  if (!(route.metadata as RouteMetadata | undefined)?.public) statuses.add(401);
  if (readsRequestBody(route.method)) for (const status of [400, 413, 415]) statuses.add(status);
  return statuses;
}

/** Everything wrong with one answer; empty when the contract holds. */
export function problemsOf(request: FuzzRequest, response: ReceivedResponse): string[] {
  const { route } = request;
  const { status } = response;
  const problems: string[] = [];
  if (status >= 500 || status < 100) problems.push(`answered ${status || 'nothing'}: never a 5xx`);
  if (request.kind === 'invalid' && !request.expected?.includes(status)) {
    problems.push(
      `an invalid request (${request.mutation}) answered ${status}, not ${request.expected?.join(' or ')}`,
    );
  }
  const declared = (route.responses as Record<number, AppRouteResponse | undefined>)[status];
  if (declared === undefined && !universalStatuses(route).has(status)) {
    const known = Object.keys(route.responses).join(', ');
    problems.push(`status ${status} is neither declared (${known}) nor universal`);
    return problems;
  }
  return [...problems, ...bodyProblems(declared ?? universalSchemaOf(status), response)];
}

function universalSchemaOf(status: number): ZodTypeAny {
  return status === 400 ? BadRequestSchema : DetailErrorSchema;
}

function bodyProblems(declared: AppRouteResponse, response: ReceivedResponse): string[] {
  if (isAppRouteNoBody(declared)) {
    return response.text === '' ? [] : [`status ${response.status} is declared without a body, got one`];
  }
  const schema = isAppRouteOtherResponse(declared) ? declared.body : declared;
  if (!isZodType(schema)) return [];
  if (!/^application\/json/i.test(response.contentType ?? ''))
    return [`content-type ${response.contentType ?? 'missing'}, not application/json`];
  let json: unknown;
  try {
    json = JSON.parse(response.text);
  } catch {
    return ['the body is not JSON'];
  }
  const strict = deepStrict(schema).safeParse(json);
  if (strict.success) return [];
  const loose = schema.safeParse(json);
  const issues = (loose.success ? strict : loose).error?.issues ?? [];
  const described = issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  return loose.success
    ? [`the body has fields the contract does not declare: ${described}`]
    : [`the body does not match the declared ${response.status} schema: ${described}`];
}
