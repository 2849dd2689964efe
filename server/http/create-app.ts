import type { AppRouter } from '@ts-rest/core';
import express, { type ErrorRequestHandler, type Express, type Request } from 'express';
import { contract } from '../../contract/index.js';
import {
  createApiHandler,
  createCoreServices,
  createStudyMateApi,
  internalError,
  notFound,
  payloadTooLarge,
  type CoreServicesOptions,
  type UseCaseTree,
} from '../core/index.js';
import { createOpenApiDocument } from './docs/openapi-document.js';
import { createDocsRouter } from './docs/serve-docs.js';

export interface CreateAppOptions<Router extends AppRouter = typeof contract> extends CoreServicesOptions {
  /** The routes and their use cases. @default the Study Mate contract and core use cases */
  api?: { contract: Router; useCases: UseCaseTree<Router> };
}

/**
 * The reference server's Express app. Express only carries bytes: routing, auth, validation
 * and every rule run in the shared core handler, exactly as the MSW mocks run them.
 */
export function createApp<Router extends AppRouter = typeof contract>(
  options: CreateAppOptions<Router>,
): Express {
  const services = createCoreServices(options);
  const handle = options.api ? createApiHandler(services, options.api) : createStudyMateApi(services);
  const app = express();
  app.disable('x-powered-by');
  app.get('/', (_request, response) => response.redirect(302, '/api/docs/'));
  app.use(createDocsRouter(createOpenApiDocument(options.api?.contract ?? contract)));
  app.use(
    '/api',
    express.text({ type: () => true, limit: services.config.maxBodyBytes, defaultCharset: 'utf-8' }),
    (request, response, next) => {
      handle({
        method: request.method,
        url: absoluteUrl(request),
        authorization: request.get('authorization') ?? null,
        contentType: request.get('content-type') ?? null,
        body: typeof request.body === 'string' ? request.body : null,
      })
        .then((result) => {
          response.status(result.status).set(result.headers);
          if (result.body === undefined) response.end();
          else response.json(result.body);
        })
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

function absoluteUrl(request: Request): string {
  return `${request.protocol}://${request.get('host') ?? 'localhost'}${request.originalUrl}`;
}
