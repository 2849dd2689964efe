import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/http/start-server.js';
import { createTestServices } from '../targets/in-process-services.js';

/**
 * Sends a request's headers one line at a time, never finishing them (slowloris), and answers
 * how long the server kept the connection and what it said before closing it.
 */
function trickleHeaders(url: string, everyMs: number): Promise<{ heldMs: number; answer: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const started = Date.now();
    let answer = '';
    const socket = connect(Number(port), hostname, () => {
      socket.write(`GET /api/sessions/ HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n`);
    });
    let line = 0;
    const timer = setInterval(() => {
      if (!socket.destroyed) socket.write(`X-Slow-${(line += 1)}: a\r\n`);
    }, everyMs);
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ heldMs: Date.now() - started, answer });
    });
  });
}

describe('slow clients', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({
      ...createTestServices(),
      port: 0,
      http: { headersTimeoutMs: 500, requestTimeoutMs: 1_000, checkIntervalMs: 100 },
    });
  });
  afterAll(() => server.close());

  it('cuts a client that sends its headers too slowly, with 408', async () => {
    const { heldMs, answer } = await trickleHeaders(server.url, 100);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(heldMs).toBeLessThan(5_000);
  });

  it('serves a client that sends its headers in time', async () => {
    const response = await fetch(`${server.url}/api/sessions/`);
    expect(response.status).toBe(401);
  });
});
