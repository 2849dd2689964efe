import type { AppRoute } from '@ts-rest/core';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contract } from '../../contract/index.js';
import { createCoreServices, createMemoryStore, listRoutesBySpecificity } from '../../core/index.js';
import { createMockApi, DEMO_LOGINS } from '../../mocks/index.js';
import { createClient, createMemoryTokenStore, UnknownStatusError } from '../../sdk/index.js';
import { silentLogger, startServer, type RunningServer } from '../../server/index.js';
import { startMockServer, type RunningMockServer } from '../../cli/mock-server.js';

const baseUrl = 'http://forced.test';
const referenceDate = new Date('2026-03-02T00:00:00Z');
const routes = listRoutesBySpecificity(contract);
const SERVER_ERRORS = [
  [500, 'Internal server error.'],
  [502, 'Bad gateway.'],
  [503, 'Service temporarily unavailable, try again later.'],
  [504, 'Gateway timeout.'],
] as const;

/** A concrete URL for a route: every path parameter set to 1. */
const urlOf = (origin: string, route: AppRoute) => `${origin}${route.path.replace(/:\w+/g, '1')}`;

/** A client whose every request carries `prefer` (how an app forces errors for one screen). */
function preferringClient(origin: string, prefer: string) {
  return createClient({
    baseUrl: origin,
    fetch: (input, init) => {
      const headers = new Headers(init?.headers);
      headers.set('prefer', prefer);
      return fetch(input, { ...init, headers });
    },
  });
}

/** What a call threw: its class and what a frontend reads off it. */
async function thrownBy(call: () => Promise<unknown>) {
  const error = await call().then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof UnknownStatusError))
    throw new Error(`expected UnknownStatusError, got ${String(error)}`);
  return { message: error.message, status: error.response.status, body: error.response.body };
}

let server: ReturnType<typeof setupServer>;
beforeAll(async () => {
  const mocks = await createMockApi({ baseUrl, world: { seed: 3, users: 4, referenceDate } });
  server = setupServer(...mocks.handlers);
  server.listen({ onUnhandledRequest: 'bypass' });
});
afterAll(() => server.close());

describe('Prefer: code=5xx in MSW', () => {
  it.each(SERVER_ERRORS)('answers %i on every route, with DRF’s {"detail"}', async (status, detail) => {
    const answers = await Promise.all(
      routes.map(async (route) => {
        const response = await fetch(urlOf(baseUrl, route), {
          method: route.method,
          headers: { prefer: `code=${status}` },
        });
        return {
          route: `${route.method} ${route.path}`,
          status: response.status,
          type: response.headers.get('content-type'),
          body: (await response.json()) as unknown,
        };
      }),
    );
    const wrong = answers.filter(
      (answer) =>
        answer.status !== status ||
        !answer.type?.includes('application/json') ||
        JSON.stringify(answer.body) !== JSON.stringify({ detail }),
    );
    expect(wrong).toEqual([]);
  });

  it('adds Retry-After to a 5xx only when asked, e.g. a 503 for maintenance', async () => {
    const plain = await fetch(`${baseUrl}/api/sessions/`, { headers: { prefer: 'code=503' } });
    expect(plain.headers.get('retry-after')).toBeNull();
    const timed = await fetch(`${baseUrl}/api/sessions/`, {
      headers: { prefer: 'code=503, retry-after=120' },
    });
    expect([timed.status, timed.headers.get('retry-after')]).toEqual([503, '120']);
  });

  it('takes the query options __code and __retry_after, for tools that cannot set headers', async () => {
    const response = await fetch(`${baseUrl}/api/groups/1/?__code=503&__retry_after=7`);
    expect([response.status, response.headers.get('retry-after')]).toEqual([503, '7']);
  });

  it('still refuses an undeclared 4xx with a 400 naming what can be forced', async () => {
    const response = await fetch(`${baseUrl}/api/auth/profile/`, { headers: { prefer: 'code=409' } });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      detail: expect.stringMatching(/Status 409 is not declared .* also answers 429 and 5xx/) as unknown,
    });
  });
});

describe('Prefer: code=429 in MSW', () => {
  it('answers 429 on every route, declared or not, with DRF’s body and Retry-After: 10', async () => {
    const answers = await Promise.all(
      routes.map(async (route) => {
        const response = await fetch(urlOf(baseUrl, route), {
          method: route.method,
          headers: { prefer: 'code=429' },
        });
        return [response.status, response.headers.get('retry-after'), (await response.json()) as unknown];
      }),
    );
    const expected = [429, '10', { detail: 'Request was throttled. Expected available in 10 seconds.' }];
    expect(answers.filter((answer) => JSON.stringify(answer) !== JSON.stringify(expected))).toEqual([]);
  });

  it('waits the Retry-After asked', async () => {
    const response = await fetch(`${baseUrl}/api/auth/login/`, {
      method: 'POST',
      headers: { prefer: 'code=429; retry-after=3' },
    });
    expect([response.status, response.headers.get('retry-after')]).toEqual([429, '3']);
    expect(await response.json()).toEqual({
      detail: 'Request was throttled. Expected available in 3 seconds.',
    });
  });

  it('hands a declared 429 to the SDK as a typed answer, with its Retry-After', async () => {
    const client = preferringClient(baseUrl, 'code=429, retry-after=4');
    const login = await client.auth.login({ body: DEMO_LOGINS.student });
    expect(login.status).toBe(429);
    expect(login.headers.get('retry-after')).toBe('4');
  });
});

describe('the SDK and a forced 5xx', () => {
  let real: RunningServer;
  beforeAll(async () => {
    // The reference server with a store that fails: a real 500, from the real edge.
    const services = createCoreServices({ store: createMemoryStore(), logger: silentLogger });
    services.store.sessions.list = () => Promise.reject(new Error('The database is down'));
    real = await startServer({ ...services, port: 0 });
  });
  afterAll(() => real.close());

  it('throws the very error a real server’s 500 throws', async () => {
    const registration = {
      email: 'down@example.com',
      password: 'long-enough-1',
      password_confirm: 'long-enough-1',
    };
    const onReal = createClient({ baseUrl: real.url });
    expect((await onReal.auth.register({ body: registration })).status).toBe(201);
    const fromReal = await thrownBy(() => onReal.sessions.list());
    const onMocks = createClient({ baseUrl });
    await onMocks.auth.login({ body: DEMO_LOGINS.student });
    const forced = await thrownBy(() => onMocks.sessions.list({ extraHeaders: { prefer: 'code=500' } }));
    expect(forced).toEqual(fromReal);
    expect(forced).toMatchObject({ status: 500, body: { detail: 'Internal server error.' } });
  });

  it.each(SERVER_ERRORS)(
    'throws UnknownStatusError for %i, the status and body on error.response',
    async (status, detail) => {
      const client = preferringClient(baseUrl, `code=${status}`);
      expect(await thrownBy(() => client.groups.list())).toMatchObject({ status, body: { detail } });
    },
  );

  it('keeps the user signed in when the token refresh meets a 503, and refreshes once it is back', async () => {
    const onSignOut = vi.fn();
    let forceRefresh = true;
    const client = createClient({
      baseUrl,
      tokens: createMemoryTokenStore(),
      onSignOut,
      fetch: (input, init) => {
        const headers = new Headers(init?.headers);
        if (forceRefresh && new Request(input).url.includes('/api/auth/token/refresh/'))
          headers.set('prefer', 'code=503');
        return fetch(input, { ...init, headers });
      },
    });
    await client.auth.login({ body: DEMO_LOGINS.student });
    const refresh = client.tokens.get()?.refresh ?? '';
    client.tokens.set({ access: 'expired', refresh });
    expect(await thrownBy(() => client.auth.getProfile())).toMatchObject({ status: 503 });
    expect(client.tokens.get()).toEqual({ access: 'expired', refresh });
    expect(onSignOut).not.toHaveBeenCalled();
    forceRefresh = false;
    expect((await client.auth.getProfile()).status).toBe(200);
  });
});

describe('forced errors over the HTTP mock server', () => {
  let running: RunningMockServer;
  beforeAll(async () => {
    running = await startMockServer({ port: 0, world: { seed: 3, users: 4, referenceDate } });
  });
  afterAll(() => running.close());

  it.each(SERVER_ERRORS)('answers %i with DRF’s {"detail"}', async (status, detail) => {
    const response = await fetch(`${running.url}/api/sessions/1/join/`, {
      method: 'POST',
      headers: { prefer: `code=${status}` },
    });
    expect([response.status, await response.json()]).toEqual([status, { detail }]);
  });

  it('answers 429 with a Retry-After a browser on another origin can read', async () => {
    const response = await fetch(`${running.url}/api/groups/`, {
      headers: { prefer: 'code=429, retry-after=2', origin: 'http://app.example' },
    });
    expect([response.status, response.headers.get('retry-after')]).toEqual([429, '2']);
    expect(response.headers.get('access-control-expose-headers')).toMatch(/retry-after/i);
  });

  it('makes the SDK throw as a real server’s 5xx does', async () => {
    const client = preferringClient(running.url, 'code=503');
    expect(await thrownBy(() => client.sessions.list())).toMatchObject({
      status: 503,
      body: { detail: 'Service temporarily unavailable, try again later.' },
    });
  });
});
