import { describe, expect, it } from 'vitest';
import { useTarget } from '../targets/index.js';

const target = useTarget();

/** Raw HTTP: the SDK never sends these bodies. */
async function post(path: string, init: { headers?: Record<string, string>; body: string }) {
  const response = await fetch(`${target.current.baseUrl}${path}`, { method: 'POST', ...init });
  return { status: response.status, body: (await response.json()) as unknown };
}

const twoMegabytes = JSON.stringify({ title: 'x'.repeat(2 * 1024 * 1024) });

describe('a request body every target refuses the same way, before routing and auth', () => {
  it('answers a body over 1 MiB with 413 even without a token', async () => {
    const response = await post('/api/sessions/', {
      headers: { 'content-type': 'application/json' },
      body: twoMegabytes,
    });
    expect(response).toEqual({ status: 413, body: { detail: 'Request body is too large.' } });
  });

  it('answers a body over 1 MiB with 413 on a path that does not exist', async () => {
    const response = await post('/api/nowhere/', {
      headers: { 'content-type': 'application/json' },
      body: twoMegabytes,
    });
    expect(response.status).toBe(413);
  });

  it('refuses a compressed body with 415, whatever its bytes are', async () => {
    const body = JSON.stringify({ email: 'a@example.com', password: 'whatever-123' });
    const response = await post('/api/auth/login/', {
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body,
    });
    expect(response).toEqual({
      status: 415,
      body: { detail: 'Unsupported content encoding "gzip" in request: send the body uncompressed.' },
    });
  });

  it('accepts an identity content encoding', async () => {
    const response = await post('/api/auth/login/', {
      headers: { 'content-type': 'application/json', 'content-encoding': 'identity' },
      body: JSON.stringify({ email: 'nobody@example.com', password: 'whatever-123' }),
    });
    expect(response.status).toBe(401);
  });

  it('refuses a JSON body in a charset other than UTF-8 with 415', async () => {
    const response = await post('/api/auth/login/', {
      headers: { 'content-type': 'application/json; charset=iso-8859-1' },
      body: JSON.stringify({ email: 'nobody@example.com', password: 'whatever-123' }),
    });
    expect(response).toEqual({
      status: 415,
      body: { detail: 'Unsupported media type "application/json; charset=iso-8859-1" in request.' },
    });
  });

  it('reads a JSON body declared as UTF-8', async () => {
    const response = await post('/api/auth/login/', {
      headers: { 'content-type': 'application/json; charset=UTF-8' },
      body: JSON.stringify({ email: 'nobody@example.com', password: 'whatever-123' }),
    });
    expect(response.status).toBe(401);
  });
});
