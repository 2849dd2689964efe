import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startMockServer, type RunningMockServer } from '../../cli/mock-server.js';
import { startServer, type RunningServer } from '../../server/http/start-server.js';
import { createTestServices } from '../targets/in-process-services.js';
import { rawRequest } from './raw-request.js';

const preflight = (origin: string) => ({
  method: 'OPTIONS',
  path: '/api/sessions/',
  headers: {
    origin,
    'access-control-request-method': 'POST',
    'access-control-request-headers': 'authorization,content-type,prefer',
  },
});

/** The handshake's answer: 'open', or the HTTP status it was refused with. */
function handshake(url: string, origin: string): Promise<'open' | number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/ws/chat/1/`, { origin });
    socket.on('open', () => {
      socket.terminate();
      resolve('open');
    });
    socket.on('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
    socket.on('error', () => undefined);
  });
}

describe('allowed origins on the reference server', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ ...createTestServices(), port: 0 });
  });
  afterAll(() => server.close());

  it('answers a preflight from a localhost origin with the headers the API reads', async () => {
    const answer = await rawRequest(server.url, preflight('http://localhost:5173'));
    expect(answer.status).toBe(204);
    expect(answer.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    expect(answer.headers['access-control-allow-headers']).toBe('authorization,content-type,prefer');
    expect(answer.headers['access-control-allow-methods']).toContain('PATCH');
  });

  it('allows a localhost origin on an API answer, with Retry-After readable', async () => {
    const answer = await rawRequest(server.url, {
      path: '/api/sessions/',
      headers: { origin: 'http://127.0.0.1:3000' },
    });
    expect(answer.status).toBe(401);
    expect(answer.headers['access-control-allow-origin']).toBe('http://127.0.0.1:3000');
    expect(answer.headers['access-control-expose-headers']).toContain('retry-after');
  });

  it('gives a request without an Origin the headers cors gives it: Vary and the exposed headers, no grant', async () => {
    const answer = await rawRequest(server.url, { path: '/api/sessions/', headers: {} });
    expect(answer.status).toBe(401);
    expect(answer.headers['vary']).toBe('Origin');
    expect(answer.headers['access-control-expose-headers']).toBe('retry-after,www-authenticate,allow');
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('gives no CORS grant to an origin that is not allowed', async () => {
    const answer = await rawRequest(server.url, preflight('https://evil.example'));
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses a chat socket from an origin that is not allowed (cross-site WebSocket hijacking)', async () => {
    expect(await handshake(server.url, 'https://evil.example')).toBe(403);
  });

  it('opens a chat socket from an allowed origin and from its own origin', async () => {
    expect(await handshake(server.url, 'http://localhost:5173')).toBe('open');
    expect(await handshake(server.url, server.url)).toBe('open');
  });
});

describe('CORS_ORIGINS on the reference server', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({
      ...createTestServices(),
      port: 0,
      http: { corsOrigins: ['https://app.example.com'] },
    });
  });
  afterAll(() => server.close());

  it('grants only the listed origins, localhost included', async () => {
    const listed = await rawRequest(server.url, preflight('https://app.example.com'));
    expect(listed.headers['access-control-allow-origin']).toBe('https://app.example.com');
    const local = await rawRequest(server.url, preflight('http://localhost:5173'));
    expect(local.headers['access-control-allow-origin']).toBeUndefined();
    expect(await handshake(server.url, 'http://localhost:5173')).toBe(403);
    expect(await handshake(server.url, 'https://app.example.com')).toBe('open');
  });
});

describe('allowed origins on the HTTP mock', () => {
  let mock: RunningMockServer;
  beforeAll(async () => {
    mock = await startMockServer({ ...createTestServices(), world: false, port: 0 });
  });
  afterAll(() => mock.close());

  it('answers a preflight from any origin, as Prism does', async () => {
    const answer = await rawRequest(mock.url, preflight('https://qa.example.org'));
    expect(answer.status).toBe(204);
    expect(answer.headers['access-control-allow-origin']).toBe('https://qa.example.org');
    expect(answer.headers['access-control-allow-headers']).toBe('authorization,content-type,prefer');
  });

  it('opens a chat socket from any origin', async () => {
    expect(await handshake(mock.url, 'https://qa.example.org')).toBe('open');
  });
});
