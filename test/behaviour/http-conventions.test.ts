import { describe, expect, it } from 'vitest';
import { signUp } from '../support/factories.js';
import { useTarget } from '../targets/index.js';

const target = useTarget();

/** Raw HTTP, for what the typed SDK cannot send: broken bodies, wrong methods, odd paths. */
async function raw(path: string, init: RequestInit = {}) {
  const response = await fetch(`${target.current.baseUrl}${path}`, init);
  return { status: response.status, headers: response.headers, body: (await response.json()) as unknown };
}

const json = { 'content-type': 'application/json' };

/** A new user's client and the Authorization header of its access token. */
async function signedIn() {
  const { client } = await signUp(target.current);
  return { client, headers: { authorization: `Bearer ${client.tokens.get()?.access ?? ''}` } };
}

describe('HTTP conventions (DESIGN §2)', () => {
  it('answers malformed JSON with a 400 detail, never a 500', async () => {
    const response = await raw('/api/auth/login/', { method: 'POST', headers: json, body: '{"email": ' });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ detail: expect.stringMatching(/^JSON parse error - /) as unknown });
  });

  it('refuses a null character in any text field with 400, as DRF does, and stores nothing', async () => {
    const { client, headers } = await signedIn();
    const title = await raw('/api/sessions/', {
      method: 'POST',
      headers: { ...headers, ...json },
      body: JSON.stringify({
        ...{
          title: 'Calculus\u0000review',
          session_type: 'virtual',
          meeting_link: 'https://meet.example.com/x',
        },
        ...{
          start_time: new Date(target.current.clock.now().getTime() + 86_400_000).toISOString(),
          duration_minutes: 60,
        },
      }),
    });
    expect(title).toMatchObject({ status: 400, body: { title: ['Null characters are not allowed.'] } });
    const bio = await raw('/api/auth/profile/', {
      method: 'PATCH',
      headers: { ...headers, ...json },
      body: JSON.stringify({ bio: 'hi\u0000there' }),
    });
    expect(bio).toMatchObject({ status: 400, body: { bio: ['Null characters are not allowed.'] } });
    const search = await raw('/api/subjects/?search=a%00b', { headers });
    expect(search).toMatchObject({ status: 400, body: { search: ['Null characters are not allowed.'] } });
    const mine = await client.sessions.mySessions({ query: {} });
    expect(mine.status === 200 && mine.body).toEqual([]);
  });

  it('answers ids beyond the stored range with 404 in a path and 400 in a body or a filter', async () => {
    const { headers } = await signedIn();
    expect((await raw('/api/sessions/3000000000/', { headers })).status).toBe(404);
    expect((await raw('/api/groups/99999999999/', { headers })).status).toBe(404);
    const request = await raw('/api/matching/requests/', {
      method: 'POST',
      headers: { ...headers, ...json },
      body: JSON.stringify({ receiver_id: 3_000_000_000 }),
    });
    expect(request).toMatchObject({
      status: 400,
      body: { receiver_id: ['Ensure this value is less than or equal to 2147483647.'] },
    });
    expect((await raw('/api/sessions/?subject=3000000000', { headers })).status).toBe(400);
    expect((await raw('/api/sessions/?page=1e300', { headers })).status).toBe(400);
  });

  it('answers a body that is not JSON with 415', async () => {
    const response = await raw('/api/auth/login/', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'email=a@b.c',
    });
    expect(response.status).toBe(415);
    expect(response.body).toEqual({ detail: 'Unsupported media type "text/plain" in request.' });
  });

  it('answers a body over 1 MiB with 413', async () => {
    const body = JSON.stringify({ email: 'a@example.com', password: 'x'.repeat(1024 * 1024 + 10) });
    const response = await raw('/api/auth/login/', { method: 'POST', headers: json, body });
    expect(response.status).toBe(413);
    expect(response.body).toEqual({ detail: 'Request body is too large.' });
  });

  it('answers a JSON array where an object is expected with a 400 non_field_errors', async () => {
    const response = await raw('/api/auth/login/', { method: 'POST', headers: json, body: '[1, 2]' });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ non_field_errors: [expect.any(String) as unknown] });
  });

  it('answers a known path with a wrong method with 405 and an Allow header', async () => {
    const response = await raw('/api/auth/login/', { method: 'DELETE' });
    expect(response.status).toBe(405);
    expect(response.body).toEqual({ detail: 'Method "DELETE" not allowed.' });
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('answers an unknown path under /api/ with a JSON 404', async () => {
    const response = await raw('/api/no-such-thing/');
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ detail: 'Not found.' });
  });

  it('serves a path without its trailing slash the same', async () => {
    const { client, headers } = await signedIn();
    const response = await raw('/api/auth/profile', { headers });
    expect(response.status).toBe(200);
    expect(response.body).toEqual((await client.auth.getProfile()).body);
  });

  it('answers a non-numeric id with 404', async () => {
    const { headers } = await signedIn();
    const response = await raw('/api/users/location/history/abc/', { headers });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ detail: 'Not found.' });
  });

  it('reads a literal segment as itself, never as an id', async () => {
    const { headers } = await signedIn();
    const response = await raw('/api/users/location/current/', { headers });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ detail: 'No location has been set yet.' });
  });

  it('answers a query parameter of the wrong type with a field error', async () => {
    const { headers } = await signedIn();
    const response = await raw('/api/users/location/stats/?days=many', { headers });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ days: ['A valid integer is required.'] });
  });

  it('accepts a JSON body sent with a charset parameter', async () => {
    const response = await raw('/api/auth/login/', {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ email: 'nobody@example.com', password: 'whatever-1' }),
    });
    expect(response.status).toBe(401);
  });
});
