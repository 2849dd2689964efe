import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler, Response } from 'express';
import type { Logger as PinoLogger } from 'pino';
import { pinoHttp, startTime } from 'pino-http';

/** Where a transport notes who made the request, for its line. */
const USER_ID = 'userId';

/** Notes the authenticated caller of this request, for its log line. */
export function noteRequestUser(response: Response, userId: number | undefined): void {
  if (userId !== undefined) response.locals[USER_ID] = userId;
}

/** The path without the query: a nearby search's query carries the caller's coordinates. */
function pathOf(request: IncomingMessage & { originalUrl?: string }): string {
  return (request.originalUrl ?? request.url ?? '').split('?', 1)[0] ?? '';
}

function userIdOf(response: ServerResponse): number | undefined {
  return (response as Partial<Response>).locals?.[USER_ID] as number | undefined;
}

/**
 * One line per request when its answer is sent (or its client leaves): method, path, status,
 * duration and, when authenticated, the user's id. pino-http's keys (`req.method`, `req.url`,
 * `res.statusCode`, `responseTime`) plus `userId`, and a message that says it all in one line
 * (`GET /api/sessions/ 200 14 ms user 3`). Level: 5xx `error`, 4xx `warn`, else `info`.
 */
export function requestLog(logger: PinoLogger): RequestHandler {
  return pinoHttp({
    logger,
    wrapSerializers: false,
    serializers: {
      req: (request: IncomingMessage) => ({ method: request.method, url: pathOf(request) }),
      res: (response: ServerResponse) => ({ statusCode: response.statusCode }),
    },
    customLogLevel: (_request, response, error) => {
      if (error || response.statusCode >= 500) return 'error';
      return response.statusCode >= 400 ? 'warn' : 'info';
    },
    customSuccessMessage: (request, response, responseTime) => describe(request, response, responseTime),
    customErrorMessage: (request, response) => describe(request, response, elapsed(response)),
    customSuccessObject: (_request, response, fields: object) => withUser(fields, response),
    // The fault itself is the core logger's line: this one records the outcome, with no stack.
    // eslint-disable-next-line max-params -- pino-http's signature.
    customErrorObject: (_request, response, _error, fields: { res: unknown; responseTime: number }) =>
      withUser({ res: fields.res, responseTime: fields.responseTime }, response),
  });
}

function withUser(fields: object, response: ServerResponse): object {
  const userId = userIdOf(response);
  return userId === undefined ? fields : { ...fields, userId };
}

/** Milliseconds since pino-http saw the request (its error message is not given them). */
function elapsed(response: ServerResponse): number {
  return Date.now() - ((response as unknown as Record<symbol, number>)[startTime] ?? Date.now());
}

function describe(request: IncomingMessage, response: ServerResponse, responseTime: number): string {
  const userId = userIdOf(response);
  const outcome = response.writableEnded ? String(response.statusCode) : 'aborted';
  const user = userId === undefined ? '' : ` user ${userId}`;
  return `${request.method ?? ''} ${pathOf(request)} ${outcome} ${responseTime} ms${user}`;
}
