import type { AppRouter } from '@ts-rest/core';
import express, { type ErrorRequestHandler, type Express, type Request, type Response } from 'express';
import type { Logger as PinoLogger } from 'pino';
import { contract } from '@studymate/contract';
import {
  createApiHandler,
  createCoreServices,
  createStudyMateApi,
  internalError,
  notFound,
  payloadTooLarge,
  type ApiResponse,
  type CoreServicesOptions,
  type ResponseCheck,
  type UseCaseTree,
} from '@studymate/core';
import { withServerTokens } from '../security/fast-jwt-token-service.js';
import { createOpenApiDocument } from './docs/openapi-document.js';
import { createDocsRouter } from './docs/serve-docs.js';
import { defaultOrigins, type OriginList } from './guards/allowed-origins.js';
import { corsFor } from './guards/cors.js';
import { createPublicOrigin, refuseInvalidHosts, type PublicOriginOptions } from './guards/public-origin.js';
import { readRawBody, type RawBodyRequest } from './read-raw-body.js';
import { RequestsInFlight } from './requests-in-flight.js';
import { createResponseSerializer } from './response-serializer.js';
import { noteRequestUser, requestLog } from '../logging/request-log.js';

/** What the HTTP edge lets in: browser origins, Host headers, and where links point. */
export interface HttpGuardOptions extends PublicOriginOptions {
  /**
   * Browser origins allowed to call the API (CORS) and to open chat sockets; `'any'` for all.
   * @default any localhost / 127.0.0.1 origin, unless NODE_ENV is `production` (then none)
   */
  corsOrigins?: OriginList;
  /**
   * Express's `trust proxy` (TRUST_PROXY): which proxies' `X-Forwarded-*` headers to believe, e.g.
   * `1` (one load balancer in front), `'loopback'`, or `true`. Links then take the scheme the client
   * used (`X-Forwarded-Proto`) when no `publicUrl` is set. @default false
   */
  trustProxy?: boolean | number | string;
}

export interface CreateAppOptions<Router extends AppRouter = typeof contract> extends CoreServicesOptions {
  /** The routes and their use cases. @default the Study Mate contract and core use cases */
  api?: { contract: Router; useCases: UseCaseTree<Router> };
  http?: HttpGuardOptions;
  /**
   * How each answer is checked against the contract before it leaves; both strip undeclared fields.
   * @default `shape` when NODE_ENV is `production`, else `full` (zod, every format and range)
   */
  responseCheck?: ResponseCheck;
  /**
   * A pino logger (`createLogger()`) that gets one line per request: method, path, status,
   * duration, user id. `npm start` passes one; a library user (a test) logs nothing unless it does.
   * @default none: no request lines
   */
  requestLogger?: PinoLogger;
}

/** Production checks answers by their compiled shape; everywhere else zod checks them in full. */
function defaultResponseCheck(nodeEnv: string | undefined): ResponseCheck {
  return nodeEnv === 'production' ? 'shape' : 'full';
}

/**
 * The reference server's Express app. Express only carries bytes: routing, auth, validation
 * and every rule run in the shared core handler, exactly as the MSW mocks run them.
 */
export function createApp<Router extends AppRouter = typeof contract>(
  options: CreateAppOptions<Router>,
): Express & { requestsSettled(): Promise<void> } {
  const services = createCoreServices(withServerTokens(options));
  const responseCheck = options.responseCheck ?? defaultResponseCheck(process.env['NODE_ENV']);
  // Bodies are written from their schema by fast-json-stringify (see `ResponseSerializer`).
  const handlerOptions = { responseCheck, serializer: createResponseSerializer() };
  const handle = options.api
    ? createApiHandler(services, options.api, handlerOptions)
    : createStudyMateApi(services, handlerOptions);
  const publicOrigin = createPublicOrigin(options.http);
  const inFlight = new RequestsInFlight();
  const app = Object.assign(express(), {
    /** Resolves once every request handled so far has finished, so the store may close after it. */
    requestsSettled: () => inFlight.settled(),
  });
  if (options.requestLogger) app.use(requestLog(options.requestLogger));
  app.disable('x-powered-by');
  // The core reads the query from the URL itself, so Express's qs parse of every query is waste.
  app.set('query parser', false);
  // No ETag (a SHA-1 of every body) and so no 304: the contract declares no conditional answers,
  // and the mocks send none either.
  app.set('etag', false);
  app.set('trust proxy', options.http?.trustProxy ?? false);
  app.use(corsFor(options.http?.corsOrigins ?? defaultOrigins(process.env['NODE_ENV'])));
  app.use(refuseInvalidHosts(publicOrigin));
  app.get('/', (_request, response) => response.redirect(302, '/api/docs/'));
  app.use(createDocsRouter(createOpenApiDocument(options.api?.contract ?? contract)));
  app.use(
    '/api',
    readRawBody(services.config.maxBodyBytes),
    (request: Request & RawBodyRequest, response, next) => {
      const { headers } = request;
      // Counted until the use case is done, even when its client has gone: see `requestsSettled`.
      inFlight.started();
      handle({
        method: request.method,
        url: `${String(response.locals['origin'])}${request.originalUrl}`,
        authorization: headers.authorization ?? null,
        contentType: headers['content-type'] ?? null,
        contentEncoding: headers['content-encoding'] ?? null,
        body: request.rawBody ?? null,
        bodyTooLarge: request.bodyTooLarge ?? false,
      })
        .then(
          (result) => {
            inFlight.finished();
            send(response, result);
          },
          (error: unknown) => {
            inFlight.finished();
            next(error);
          },
        )
        .catch(next);
    },
  );
  app.use((_request, response) => {
    const { status, body } = notFound();
    response.status(status).json(body);
  });
  /* eslint-disable max-params -- Express recognises error handlers by their four parameters. */
  const onError: ErrorRequestHandler = (
    error: { type?: string; status?: number },
    _request,
    response,
    _next,
  ) => {
    const failure = error.type === 'entity.too.large' ? payloadTooLarge() : transportFailure(error, services);
    response.status(failure.status).json(failure.body);
  };
  /* eslint-enable max-params */
  app.use(onError);
  return app;
}

/** The core's answer, as it is: status, headers and the JSON the core wrote (none for a 204). */
function send(response: Response, result: ApiResponse): void {
  noteRequestUser(response, result.userId);
  response.status(result.status).set(result.headers);
  if (result.json !== undefined) sendJson(response, result.json);
  else if (result.body === undefined) response.end();
  else sendJson(response, JSON.stringify(result.body));
}

/**
 * What `response.json` sends, minus its costs this API has no use for: the JSON text goes out
 * as one string with the headers (no copy into a Buffer, no Content-Type re-parse, no freshness
 * check: the API declares no 304). Node itself counts the bytes for `Content-Length` (once: setting
 * it here counted a 12 KB page twice) and leaves the body out of an answer to HEAD.
 */
function sendJson(response: Response, json: string): void {
  if (!response.hasHeader('content-type'))
    response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.end(json);
}

function transportFailure(
  error: { status?: number; message?: string },
  services: ReturnType<typeof createCoreServices>,
) {
  if (error.status && error.status >= 400 && error.status < 500) {
    return { status: error.status, body: { detail: error.message ?? 'Bad request.' } };
  }
  services.logger.error('Unhandled transport error', error);
  return internalError();
}
