import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../core/index.js';
import { createMemoryStore } from '../../../core/adapters/memory-store/create-memory-store.js';
import { startServer, type RunningServer } from '../start-server.js';

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

  it.each(['/api/docs/', '/api/redoc/'])('serves %s from local assets, never a CDN', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const html = await response.text();
    expect(html).toContain('/api/schema/');
    expect(html).not.toMatch(/https?:\/\//);
  });

  it.each(['/api/docs/swagger-ui-bundle.js', '/api/docs/swagger-ui.css', '/api/redoc/redoc.standalone.js'])(
    'serves the asset %s',
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
    },
  );

  it('redirects /api/docs to /api/docs/ so relative assets resolve', async () => {
    const response = await get('/api/docs');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/api/docs/');
  });
});
