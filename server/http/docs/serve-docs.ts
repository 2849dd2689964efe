import { readFileSync } from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';
import { createAsyncApiDocument } from './asyncapi-document.js';
import { browserAssetFolder } from './browser-asset-folder.js';
import { browserAssets } from './browser-assets.js';
import { asyncApiPage, redocPage, swaggerPage } from './docs-pages.js';

/** ReDoc 2.5 draws its sidebar logo from a CDN; the served bundle draws an empty local image instead. */
const REDOC_CDN_LOGO = 'https://cdn.redoc.ly/redoc/logo-mini.svg';
const EMPTY_IMAGE = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='1' height='1'/%3E";
const REDOC_BUNDLE = '/api/redoc/redoc.standalone.js';

const html = (page: string) => (_request: express.Request, response: express.Response) => {
  response.type('html').send(page);
};

const redirectToFolder = (folder: string) => (_request: express.Request, response: express.Response) => {
  response.redirect(301, folder);
};

/** Each file of `browserAssets` at its URL; ReDoc's bundle read once, with its CDN logo replaced. */
function serveBrowserAssets(router: Router): void {
  for (const { packageName, route, files } of browserAssets) {
    const folder = browserAssetFolder(packageName);
    for (const [name, file] of Object.entries(files)) {
      const location = path.join(folder, file);
      if (route + name === REDOC_BUNDLE) {
        let bundle: string | undefined;
        router.get(REDOC_BUNDLE, (_request, response) => {
          bundle ??= readFileSync(location, 'utf8').replaceAll(REDOC_CDN_LOGO, EMPTY_IMAGE);
          response.type('js').send(bundle);
        });
      } else {
        router.get(route + name, (_request, response) => {
          response.sendFile(location);
        });
      }
    }
  }
}

/**
 * The API docs, all served by this server: `/api/schema/` (OpenAPI JSON), `/api/docs/` (Swagger
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
  router.get('/api/redoc', redirectToFolder('/api/redoc/'));
  router.get('/api/redoc/', html(redocPage));
  router.get('/api/asyncapi', redirectToFolder('/api/asyncapi/'));
  router.get('/api/asyncapi/', html(asyncApiPage));
  serveBrowserAssets(router);
  return router;
}
