import { createRequire } from 'node:module';
import path from 'node:path';
import express, { type Router } from 'express';

const require = createRequire(import.meta.url);

const packageDirectory = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

const swaggerPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Study Mate API — Swagger UI</title>
<link rel="stylesheet" href="./swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="./swagger-ui-bundle.js"></script>
<script src="./swagger-ui-standalone-preset.js"></script>
<script>window.ui = SwaggerUIBundle({ url: '/api/schema/', dom_id: '#swagger-ui', deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset], layout: 'StandaloneLayout',
  persistAuthorization: true });</script>
</body></html>`;

const redocPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Study Mate API — ReDoc</title></head>
<body><redoc spec-url="/api/schema/"></redoc><script src="./redoc.standalone.js"></script></body></html>`;

/** `/api/schema/` (OpenAPI JSON), `/api/docs/` (Swagger UI) and `/api/redoc/` (ReDoc), all from local packages. */
export function createDocsRouter(document: object): Router {
  const router = express.Router({ strict: true });
  const html = (page: string) => (_request: express.Request, response: express.Response) => {
    response.type('html').send(page);
  };
  router.get(['/api/schema', '/api/schema/'], (_request, response) => {
    response.json(document);
  });
  router.get('/api/docs', (_request, response) => response.redirect(301, '/api/docs/'));
  router.get('/api/docs/', html(swaggerPage));
  router.use('/api/docs/', express.static(packageDirectory('swagger-ui-dist'), { index: false }));
  router.get('/api/redoc', (_request, response) => response.redirect(301, '/api/redoc/'));
  router.get('/api/redoc/', html(redocPage));
  router.get('/api/redoc/redoc.standalone.js', (_request, response) => {
    response.sendFile(path.join(packageDirectory('redoc'), 'bundles', 'redoc.standalone.js'));
  });
  return router;
}
