import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../core/index.js';
import { createMemoryStore } from '../../../core/adapters/memory-store/create-memory-store.js';
import { startServer, type RunningServer } from '../start-server.js';
import { browserAssets } from './browser-assets.js';

let running: RunningServer;
beforeAll(async () => {
  running = await startServer({ store: createMemoryStore(), logger: silentLogger, port: 0 });
});
afterAll(() => running.close());

const get = (path: string) => fetch(`${running.url}${path}`, { redirect: 'manual' });

describe('the API docs', () => {
  it('serves the OpenAPI document at /api/schema/ without authentication', async () => {
    const response = await get('/api/schema/');
    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe('3.0.3');
    expect(Object.keys(document.paths)).toContain('/api/auth/login/');
  });

  it('serves the AsyncAPI document of the chat sockets at /api/asyncapi.json without authentication', async () => {
    const response = await get('/api/asyncapi.json');
    expect(response.status).toBe(200);
    const document = (await response.json()) as { asyncapi: string; channels: Record<string, unknown> };
    expect(document.asyncapi).toBe('3.0.0');
    expect(Object.keys(document.channels)).toEqual(['groupChat', 'directChat']);
  });

  it.each(['/api/docs/', '/api/redoc/', '/api/asyncapi/'])(
    'serves %s from local assets, never a CDN',
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/html/);
      const html = await response.text();
      expect(html).toContain(path === '/api/asyncapi/' ? '/api/asyncapi.json' : '/api/schema/');
      expect(html).not.toMatch(/https?:\/\//);
    },
  );

  const assets = browserAssets.flatMap(({ route, files }) => Object.keys(files).map((name) => route + name));

  it('serves every browser file the pages load', () => {
    expect(assets).toEqual([
      '/api/docs/swagger-ui.css',
      '/api/docs/swagger-ui-bundle.js',
      '/api/docs/swagger-ui-standalone-preset.js',
      '/api/docs/favicon-32x32.png',
      '/api/redoc/redoc.standalone.js',
      '/api/asyncapi/asyncapi.standalone.js',
      '/api/asyncapi/default.min.css',
    ]);
  });

  it.each(assets)('serves the asset %s', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    const type = { css: /text\/css/, js: /javascript/, png: /image\/png/ }[path.split('.').at(-1)!];
    expect(response.headers.get('content-type')).toMatch(type!);
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(path.endsWith('.png') ? 500 : 10_000);
  });

  it.each(['/api/docs/index.html', '/api/docs/swagger-initializer.js', '/api/docs/package.json'])(
    'serves no other file of the packages: %s is not found',
    async (path) => {
      expect((await get(path)).status).toBe(404);
    },
  );

  it.each(['/api/docs', '/api/redoc', '/api/asyncapi'])(
    'redirects %s to its folder so relative assets resolve',
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(301);
      expect(response.headers.get('location')).toBe(`${path}/`);
    },
  );

  it("serves ReDoc's bundle with its CDN logo replaced by a local image", async () => {
    const bundle = await (await get('/api/redoc/redoc.standalone.js')).text();
    expect(bundle).toContain('API docs by Redocly');
    expect(bundle).not.toContain('cdn.redoc.ly');
  });

  it('matches its paths regardless of case, and leaves every other /api path and method to the API', async () => {
    expect((await get('/API/Docs/')).status).toBe(200);
    expect((await get('/api/sessions/')).status).toBe(401);
    const posted = await fetch(`${running.url}/api/schema/`, { method: 'POST' });
    expect(posted.status).toBe(404);
    expect(await posted.json()).toEqual({ detail: 'Not found.' });
  });
});
