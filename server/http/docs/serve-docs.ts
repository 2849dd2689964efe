import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import express, { type Router } from 'express';
import { createAsyncApiDocument } from './asyncapi-document.js';
import { asyncApiPage, redocPage, swaggerPage } from './docs-pages.js';

const require = createRequire(import.meta.url);

const packageDirectory = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

/** ReDoc 2.5 draws its sidebar logo from a CDN; the served bundle draws an empty local image instead. */
const REDOC_CDN_LOGO = 'https://cdn.redoc.ly/redoc/logo-mini.svg';
const EMPTY_IMAGE = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='1' height='1'/%3E";

let redocBundle: string | undefined;
function readRedocBundle(): string {
  redocBundle ??= readFileSync(
    path.join(packageDirectory('redoc'), 'bundles', 'redoc.standalone.js'),
    'utf8',
  ).replaceAll(REDOC_CDN_LOGO, EMPTY_IMAGE);
  return redocBundle;
}

const html = (page: string) => (_request: express.Request, response: express.Response) => {
  response.type('html').send(page);
};

const redirectToFolder = (folder: string) => (_request: express.Request, response: express.Response) => {
  response.redirect(301, folder);
};

/**
 * The API docs, all from local packages: `/api/schema/` (OpenAPI JSON), `/api/docs/` (Swagger
 * UI), `/api/redoc/` (ReDoc), `/api/asyncapi.json` (AsyncAPI JSON of the chat sockets, built from
 * the contract unless given) and `/api/asyncapi/` (its rendering).
 */
export function createDocsRouter(document: object, asyncApi: object = createAsyncApiDocument()): Router {
  const router = express.Router({ strict: true });
  router.get(['/api/schema', '/api/schema/'], (_request, response) => {
    response.json(document);
  });
  router.get('/api/asyncapi.json', (_request, response) => {
    response.json(asyncApi);
  });
  router.get('/api/docs', redirectToFolder('/api/docs/'));
  router.get('/api/docs/', html(swaggerPage));
  router.use('/api/docs/', express.static(packageDirectory('swagger-ui-dist'), { index: false }));
  router.get('/api/redoc', redirectToFolder('/api/redoc/'));
  router.get('/api/redoc/', html(redocPage));
  router.get('/api/redoc/redoc.standalone.js', (_request, response) => {
    response.type('js').send(readRedocBundle());
  });
  router.get('/api/asyncapi', redirectToFolder('/api/asyncapi/'));
  router.get('/api/asyncapi/', html(asyncApiPage));
  const asyncApiComponent = packageDirectory('@asyncapi/react-component');
  router.get('/api/asyncapi/asyncapi.standalone.js', (_request, response) => {
    response.sendFile(path.join(asyncApiComponent, 'browser', 'standalone', 'index.js'));
  });
  router.get('/api/asyncapi/default.min.css', (_request, response) => {
    response.sendFile(path.join(asyncApiComponent, 'styles', 'default.min.css'));
  });
  return router;
}
