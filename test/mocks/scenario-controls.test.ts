import { isZodType, type AppRoute } from '@ts-rest/core';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../contract/index.js';
import { createMockApi, DEMO_LOGINS, type MockApi } from '../../mocks/index.js';
import { listRoutesBySpecificity } from '../../core/index.js';
import { snapshotMemoryStore } from '../../core/adapters/memory-store/create-memory-store.js';
import { createClient } from '../../sdk/index.js';

const baseUrl = 'http://mocks.test';
const referenceDate = new Date('2026-03-02T00:00:00Z');
let mocks: MockApi;
let server: ReturnType<typeof setupServer>;

beforeAll(async () => {
  mocks = await createMockApi({ baseUrl, world: { seed: 5, users: 6, referenceDate } });
  server = setupServer(...mocks.handlers);
  server.listen({ onUnhandledRequest: 'error' });
});
afterAll(() => server.close());

/** A concrete URL for a route: every path parameter set to 1. */
const urlOf = (origin: string, route: AppRoute) => `${origin}${route.path.replace(/:\w+/g, '1')}`;

const cases = listRoutesBySpecificity(contract).flatMap((route) =>
  Object.keys(route.responses).map((status) => ({
    route,
    status: Number(status),
    label: `${route.method} ${route.path} → ${status}`,
  })),
);

describe('Prefer: code=N (forced statuses)', () => {
  it.each(cases)('answers $label with a body the contract accepts', async ({ route, status }) => {
    const response = await fetch(urlOf(baseUrl, route), {
      method: route.method,
      headers: { prefer: `code=${status}` },
    });
    expect(response.status).toBe(status);
    const schema = (route.responses as Record<number, unknown>)[status];
    if (!isZodType(schema)) {
      expect(await response.text()).toBe('');
      return;
    }
    const parsed = schema.safeParse(await response.json());
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('answers 400 for a status the route does not declare', async () => {
    const response = await fetch(`${baseUrl}/api/auth/profile/`, { headers: { prefer: 'code=418' } });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      detail: expect.stringContaining('Status 418 is not declared') as unknown,
    });
  });

  it('takes the control as a query option too, for tools that cannot set headers', async () => {
    const response = await fetch(`${baseUrl}/api/sessions/?__code=401`);
    expect(response.status).toBe(401);
  });

  it('forces a status from the typed SDK in one line, with extraHeaders', async () => {
    const client = createClient({ baseUrl });
    const response = await client.sessions.join({
      params: { id: 1 },
      body: {},
      extraHeaders: { prefer: 'code=400' },
    });
    expect(response.status).toBe(400);
  });

  it('forces a status for every call of a client through its fetch', async () => {
    const client = createClient({
      baseUrl,
      fetch: (input, init) => {
        const headers = new Headers(init?.headers);
        headers.set('prefer', 'code=429');
        return fetch(input, { ...init, headers });
      },
    });
    const response = await client.auth.login({ body: { email: 'a@b.c', password: 'whatever-1' } });
    expect(response.status).toBe(429);
  });
});

describe('latency and network errors', () => {
  it('waits the asked delay before answering', async () => {
    const started = performance.now();
    await fetch(`${baseUrl}/api/auth/profile/`, { headers: { prefer: 'delay=200' } });
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('fails like a dropped connection with network-error', async () => {
    await expect(
      fetch(`${baseUrl}/api/auth/profile/`, { headers: { prefer: 'network-error' } }),
    ).rejects.toThrow(TypeError);
  });
});

describe('reset and named scenarios', () => {
  it('restores the seeded world, byte for byte', async () => {
    const pristine = snapshotMemoryStore(mocks.services.store);
    const client = createClient({ baseUrl });
    await client.auth.register({
      body: { email: 'extra@example.com', password: 'long-enough-1', password_confirm: 'long-enough-1' },
    });
    expect(snapshotMemoryStore(mocks.services.store)).not.toBe(pristine);
    await mocks.reset({ seed: 5 });
    expect(snapshotMemoryStore(mocks.services.store)).toBe(pristine);
  });

  it('takes a number as the seed: reset(5) is reset({ seed: 5 })', async () => {
    const pristine = snapshotMemoryStore(mocks.services.store);
    await mocks.reset(6);
    expect(snapshotMemoryStore(mocks.services.store)).not.toBe(pristine);
    await mocks.reset(5);
    expect(snapshotMemoryStore(mocks.services.store)).toBe(pristine);
  });

  it('refuses what plain JavaScript could pass instead of ignoring it', async () => {
    const untyped = (options: unknown) => mocks.reset(options as number);
    await expect(untyped('5')).rejects.toThrow('mocks.reset takes a seed or { seed, scenario }, not string.');
    await expect(untyped({ seed: 1.5 })).rejects.toThrow('the seed must be an integer, not 1.5');
    await expect(untyped({ scenario: 'chaos' })).rejects.toThrow('no scenario "chaos"');
  });

  it('loads "full-session": the demo student finds a full session and cannot join it', async () => {
    await mocks.use('full-session');
    const client = createClient({ baseUrl });
    await client.auth.login({
      body: { email: DEMO_LOGINS.student.email, password: DEMO_LOGINS.student.password },
    });
    const list = await client.sessions.list({ query: { page_size: 100 } });
    const full =
      list.status === 200 ? list.body.results.find((session) => session.title === 'Full session') : undefined;
    expect(full).toMatchObject({ is_full: true, can_join: false });
    const join = await client.sessions.join({ params: { id: full?.id ?? 0 }, body: {} });
    expect(join.body).toEqual({ detail: 'This session is full.' });
  });

  it('loads "pending-requests": the demo student administers a group with three waiting requests', async () => {
    await mocks.use('pending-requests');
    const client = createClient({ baseUrl });
    await client.auth.login({
      body: { email: DEMO_LOGINS.student.email, password: DEMO_LOGINS.student.password },
    });
    const mine = await client.groups.myGroups();
    const group =
      mine.status === 200 ? mine.body.find((candidate) => candidate.name === 'Pending requests') : undefined;
    const requests = await client.groups.joinRequests({ params: { id: group?.id ?? 0 } });
    expect(requests.status === 200 && requests.body.count).toBe(3);
  });

  it('loads "empty": nothing but the users', async () => {
    await mocks.use('empty');
    const client = createClient({ baseUrl });
    await client.auth.login({
      body: { email: DEMO_LOGINS.student.email, password: DEMO_LOGINS.student.password },
    });
    expect((await client.sessions.list()).body).toMatchObject({ count: 0 });
    expect((await client.groups.list()).body).toMatchObject({ count: 0 });
  });

  it('resets through POST /__mocks/reset, refusing an unknown scenario', async () => {
    const refused = await fetch(`${baseUrl}/__mocks/reset`, {
      method: 'POST',
      body: JSON.stringify({ scenario: 'chaos' }),
    });
    expect(refused.status).toBe(400);
    const listed: unknown = await (await fetch(`${baseUrl}/__mocks/scenarios`)).json();
    expect(listed).toEqual({ scenarios: ['default', 'empty', 'busy', 'full-session', 'pending-requests'] });
    const reset = await fetch(`${baseUrl}/__mocks/reset`, {
      method: 'POST',
      body: JSON.stringify({ seed: 5 }),
    });
    expect(await reset.json()).toMatchObject({ world: { users: 8 } });
  });
});
