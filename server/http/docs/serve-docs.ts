import { readFileSync } from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler } from 'express';
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

type Page = (request: express.Request, response: express.Response) => void;

/** Each file of `browserAssets` at its URL; ReDoc's bundle read once, with its CDN logo replaced. */
function browserAssetPages(): [string, Page][] {
  return browserAssets.flatMap(({ packageName, route, files }) => {
    const folder = browserAssetFolder(packageName);
    return Object.entries(files).map(([name, file]): [string, Page] => {
      const location = path.join(folder, file);
      if (route + name !== REDOC_BUNDLE)
        return [route + name, (_request, response) => response.sendFile(location)];
      let bundle: string | undefined;
      return [
        REDOC_BUNDLE,
        (_request, response) => {
          bundle ??= readFileSync(location, 'utf8').replaceAll(REDOC_CDN_LOGO, EMPTY_IMAGE);
          response.type('js').send(bundle);
        },
      ];
    });
  });
}

/**
 * The API docs, all served by this server: `/api/schema/` (OpenAPI JSON), `/api/docs/` (Swagger
 * UI), `/api/redoc/` (ReDoc), `/api/asyncapi.json` (AsyncAPI JSON of the chat sockets, built from
 * the contract unless given) and `/api/asyncapi/` (its rendering).
 */
export function createDocsRouter(
  document: object,
  asyncApi: object = createAsyncApiDocument(),
): RequestHandler {
  const pages: [string, Page][] = [
    ['/api/schema', (_request, response) => response.json(document)],
    ['/api/schema/', (_request, response) => response.json(document)],
    ['/api/asyncapi.json', (_request, response) => response.json(asyncApi)],
    ['/api/docs', redirectToFolder('/api/docs/')],
    ['/api/docs/', html(swaggerPage)],
    ['/api/redoc', redirectToFolder('/api/redoc/')],
    ['/api/redoc/', html(redocPage)],
    ['/api/asyncapi', redirectToFolder('/api/asyncapi/')],
    ['/api/asyncapi/', html(asyncApiPage)],
    ...browserAssetPages(),
  ];
  const router = express.Router({ strict: true });
  for (const [page, serve] of pages) router.get(page, serve);
  // Every API request passes by here: one lookup sends it on, where the router would test it
  // against each page's route in turn (and leaving a router defers to the next tick). Routes match
  // regardless of case, and so does the lookup.
  const paths = new Set(pages.map(([page]) => page.toLowerCase()));
  return (request, response, next) => {
    if (paths.has(request.path.toLowerCase())) router(request, response, next);
    else next();
  };
}
