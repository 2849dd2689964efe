import {
  MutationObserver,
  QueryClient,
  QueryClientProvider,
  type UseMutationOptions,
} from '@tanstack/react-query';
import { UnknownStatusError } from '@ts-rest/core';
import { setupServer } from 'msw/node';
import { createElement } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { afterAll, beforeAll, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import type { DetailError, SessionDetail, SessionListItem } from '../../contract/index.js';
import { createMockApi, DEMO_LOGINS } from '../../mocks/index.js';
import { createClient, type StudyMateClient } from '../../sdk/index.js';
import { ApiResponseError, createQueries, retryDelay, shouldRetry } from '../../sdk/react-query.js';

const baseUrl = 'http://react-query.test';
let server: ReturnType<typeof setupServer>;
/** Every request the client sent: method, path, and its abort signal. */
const sent: { method: string; path: string; signal: AbortSignal | null }[] = [];
let client: StudyMateClient;

function signedInClient(): StudyMateClient {
  return createClient({
    baseUrl,
    fetch: (input, init) => {
      const request = new Request(input, init);
      sent.push({
        method: request.method,
        path: new URL(request.url).pathname,
        signal: init?.signal ?? null,
      });
      return fetch(request);
    },
  });
}

beforeAll(async () => {
  const mocks = await createMockApi({ baseUrl, world: { seed: 8, users: 8 } });
  server = setupServer(...mocks.handlers);
  server.listen({ onUnhandledRequest: 'error' });
  client = signedInClient();
  await client.auth.login({ body: DEMO_LOGINS.student });
});
afterAll(() => server.close());

let queryClient: QueryClient;
beforeEach(() => {
  queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  sent.length = 0;
});

/** Runs a mutation as `useMutation` would, without React. */
const mutate = <Data, Error, Variables>(
  options: UseMutationOptions<Data, Error, Variables>,
  variables: Variables,
) => new MutationObserver(queryClient, options).mutate(variables);

describe('query keys', () => {
  const api = createQueries(createClient({ baseUrl }));

  it('key a request by the root, its area, its route and what changes its answer', () => {
    expect(api.sessions.list.queryKey({ query: { page: 2 } })).toEqual([
      'studymate',
      'sessions',
      'list',
      { query: { page: 2 } },
    ]);
    expect(api.sessions.get.queryKey({ params: { id: 4 } })).toEqual([
      'studymate',
      'sessions',
      'get',
      { params: { id: 4 } },
    ]);
    expect(api.auth.getProfile.queryKey()).toEqual(['studymate', 'auth', 'getProfile', {}]);
  });

  it('give each route, area and the root a prefix key to invalidate with', () => {
    expect(api.sessions.list.pathKey()).toEqual(['studymate', 'sessions', 'list']);
    expect(api.sessions.pathKey()).toEqual(['studymate', 'sessions']);
    expect(api.pathKey()).toEqual(['studymate']);
    expect(api.sessions.join.mutationKey()).toEqual(['studymate', 'sessions', 'join']);
  });
});

describe('queries', () => {
  it('fetch the success body as data, cached under the request’s key', async () => {
    const api = createQueries(client);
    const page = await queryClient.query(api.sessions.list.queryOptions({ query: { page_size: 5 } }));
    expect(page.results.length).toBeLessThanOrEqual(5);
    expect(queryClient.getQueryData(api.sessions.list.queryKey({ query: { page_size: 5 } }))).toEqual(page);
  });

  it('throw a declared 4xx as ApiResponseError, typed by status', async () => {
    const api = createQueries(client);
    const failure = await queryClient
      .query(api.sessions.get.queryOptions({ params: { id: 999_999 } }))
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiResponseError);
    expect(failure).toMatchObject({ response: { status: 404, body: { detail: 'Not found.' } } });
    expect((failure as Error).message).toBe('The API answered 404: Not found.');
  });

  it('throw a 5xx as the SDK’s UnknownStatusError, as the plain client does', async () => {
    const api = createQueries(client, { retry: false });
    const options = api.groups.list.queryOptions({ extraHeaders: { prefer: 'code=503' } });
    const failure = await queryClient.query(options).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UnknownStatusError);
    expect(failure).toMatchObject({ response: { status: 503 } });
  });

  it('retry a 503 (waiting its Retry-After), but never a declared 404', async () => {
    const api = createQueries(client);
    const unavailable = api.groups.list.queryOptions({ extraHeaders: { prefer: 'code=503, retry-after=0' } });
    await expect(queryClient.query(unavailable)).rejects.toBeInstanceOf(UnknownStatusError);
    expect(sent.filter(({ path }) => path === '/api/groups/')).toHaveLength(4);
    sent.length = 0;
    await expect(
      queryClient.query(api.sessions.get.queryOptions({ params: { id: 999_999 } })),
    ).rejects.toThrow();
    expect(sent).toHaveLength(1);
  });

  it('leave retries to the QueryClient with retry: false', async () => {
    const api = createQueries(client, { retry: false });
    const options = api.groups.list.queryOptions({ extraHeaders: { prefer: 'code=503, retry-after=0' } });
    expect('retry' in options).toBe(false);
    await expect(queryClient.query(options)).rejects.toBeInstanceOf(UnknownStatusError);
    expect(sent).toHaveLength(1);
  });

  it('refresh an expired access token underneath', async () => {
    const own = signedInClient();
    await own.auth.login({ body: DEMO_LOGINS.student });
    const refresh = own.tokens.get()?.refresh ?? '';
    own.tokens.set({ access: 'expired', refresh });
    const profile = await queryClient.query(createQueries(own).auth.getProfile.queryOptions());
    expect(profile.email).toBe(DEMO_LOGINS.student.email);
    expect(sent.map(({ path }) => path)).toEqual([
      '/api/auth/login/',
      '/api/auth/profile/',
      '/api/auth/token/refresh/',
      '/api/auth/profile/',
    ]);
    expect(own.tokens.get()?.refresh).not.toBe(refresh);
  });

  it('hand the query’s AbortSignal to fetch, so a cancelled query stops its request', async () => {
    const api = createQueries(client);
    const pending = queryClient.query(
      api.sessions.list.queryOptions({ extraHeaders: { prefer: 'delay=2000' } }),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    await queryClient.cancelQueries({ queryKey: api.sessions.pathKey() });
    await expect(pending).rejects.toThrow();
    expect(sent.at(-1)?.signal?.aborted).toBe(true);
  });
});

describe('mutations', () => {
  /** A session the demo student may join. */
  async function joinableSession(): Promise<SessionListItem> {
    const page = await client.sessions.list({ query: { page_size: 100 } });
    const session = page.status === 200 ? page.body.results.find((each) => each.can_join) : undefined;
    if (!session) throw new Error('The world has no session to join');
    return session;
  }

  it('invalidate the queries of their area once they succeed, and no other', async () => {
    const api = createQueries(client);
    await queryClient.query(api.sessions.list.queryOptions());
    await queryClient.query(api.groups.list.queryOptions());
    const session = await joinableSession();
    const joined = await mutate(api.sessions.join.mutationOptions(), {
      params: { id: session.id },
      body: {},
    });
    expect(joined.user.email).toBe(DEMO_LOGINS.student.email);
    expect(queryClient.getQueryState(api.sessions.list.queryKey())?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(api.groups.list.queryKey())?.isInvalidated).toBe(false);
    await client.sessions.leave({ params: { id: session.id } });
  });

  it('invalidate what the settings name instead: all, none, or keys', async () => {
    const api = createQueries(client);
    const invalidated = () => queryClient.getQueryState(api.groups.list.queryKey())?.isInvalidated;
    await queryClient.query(api.groups.list.queryOptions());
    const session = await joinableSession();
    await mutate(api.sessions.join.mutationOptions({ invalidate: 'none' }), {
      params: { id: session.id },
      body: {},
    });
    expect(invalidated()).toBe(false);
    await mutate(api.sessions.leave.mutationOptions({ invalidate: () => [api.groups.pathKey()] }), {
      params: { id: session.id },
    });
    expect(invalidated()).toBe(true);
  });

  it('throw a refused mutation as ApiResponseError, invalidating nothing', async () => {
    const api = createQueries(client);
    await queryClient.query(api.sessions.list.queryOptions());
    const refused = await mutate(api.sessions.join.mutationOptions(), {
      params: { id: 999_999 },
      body: {},
    }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ response: { status: 404 } });
    expect(queryClient.getQueryState(api.sessions.list.queryKey())?.isInvalidated).toBe(false);
  });

  it('sign-in invalidates every query; logout removes them all', async () => {
    const own = signedInClient();
    const api = createQueries(own);
    await mutate(api.auth.login.mutationOptions(), { body: DEMO_LOGINS.student });
    await queryClient.query(api.groups.list.queryOptions());
    await queryClient.query(api.auth.getProfile.queryOptions());
    await mutate(api.auth.login.mutationOptions(), { body: DEMO_LOGINS.student });
    expect(queryClient.getQueryState(api.groups.list.queryKey())?.isInvalidated).toBe(true);
    await mutate(api.auth.logout.mutationOptions(), { body: { refresh: own.tokens.get()?.refresh ?? '' } });
    expect(queryClient.getQueryCache().findAll({ queryKey: api.pathKey() })).toEqual([]);
    expect(own.tokens.get()).toBeNull();
  });
});

describe('the retry policy', () => {
  const answer = (status: number, retryAfter?: string) => ({
    status,
    body: {},
    headers: new Headers(retryAfter === undefined ? {} : { 'retry-after': retryAfter }),
  });

  it('retries network failures, 5xx and 429 three times, never a declared 4xx', () => {
    expect(shouldRetry(0, new TypeError('Failed to fetch'))).toBe(true);
    expect(shouldRetry(2, new UnknownStatusError(answer(502), ['200']))).toBe(true);
    expect(shouldRetry(3, new UnknownStatusError(answer(502), ['200']))).toBe(false);
    expect(shouldRetry(0, new ApiResponseError(answer(429, '5')))).toBe(true);
    expect(shouldRetry(0, new ApiResponseError(answer(404)))).toBe(false);
    expect(shouldRetry(0, new DOMException('Aborted', 'AbortError'))).toBe(false);
  });

  it('waits the Retry-After asked, and does not wait for a lockout of minutes', () => {
    expect(retryDelay(0, new ApiResponseError(answer(429, '5')))).toBe(5_000);
    expect(retryDelay(2, new TypeError('Failed to fetch'))).toBe(4_000);
    expect(shouldRetry(0, new ApiResponseError(answer(429, '900')))).toBe(false);
  });
});

describe('the hooks', () => {
  it('render a page from useSuspenseQuery (React 19 prerender waits for the data)', async () => {
    const api = createQueries(client);
    function Sessions() {
      const page = api.sessions.list.useSuspenseQuery({ query: { page_size: 3 } });
      return createElement(
        'ul',
        null,
        ...page.data.results.map((session) => createElement('li', { key: session.id }, session.title)),
      );
    }
    const { prelude } = await prerenderToNodeStream(
      createElement(QueryClientProvider, { client: queryClient }, createElement(Sessions)),
    );
    let html = '';
    for await (const chunk of prelude) html += String(chunk);
    const page = queryClient.getQueryData(api.sessions.list.queryKey({ query: { page_size: 3 } }));
    expect(page?.results.length).toBeGreaterThan(0);
    for (const session of page?.results ?? [])
      expect(html).toContain(`<li>${session.title.replaceAll('&', '&amp;').replaceAll("'", '&#x27;')}</li>`);
  });
});

describe('types inferred from the contract', () => {
  const api = createQueries(createClient({ baseUrl }));

  it('types data as the success body and errors by status', () => {
    type Result = ReturnType<typeof api.sessions.get.useQuery>;
    expectTypeOf<NonNullable<Result['data']>>().toEqualTypeOf<SessionDetail>();
    type Failure = Extract<NonNullable<Result['error']>, ApiResponseError>;
    expectTypeOf<Failure['response']['status']>().toEqualTypeOf<401 | 404>();
    expectTypeOf<Extract<Failure['response'], { status: 404 }>['body']>().toEqualTypeOf<DetailError>();
  });

  it('asks for the arguments a route needs, and none where all are optional', () => {
    expectTypeOf(api.sessions.get.queryOptions).parameter(0).toHaveProperty('params');
    expectTypeOf(api.auth.getProfile.queryOptions).toBeCallableWith();
    // @ts-expect-error -- a session's id is required
    api.sessions.get.queryOptions();
  });
});
