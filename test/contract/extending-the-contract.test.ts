import { initContract } from '@ts-rest/core';
import { setupServer } from 'msw/node';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, unauthorizedResponse } from '../../contract/index.js';
import { createHandlers } from '../../mocks/index.js';
import {
  createApiHandler,
  createCoreServices,
  silentLogger,
  useCases,
  type UseCase,
} from '../../core/index.js';
import { createMemoryStore } from '../../core/adapters/memory-store/create-memory-store.js';
import { createOpenApiDocument } from '../../server/http/docs/openapi-document.js';
import { startServer } from '../../server/http/start-server.js';
import { createClientFor } from '../../sdk/index.js';

const c = initContract();
const echoRoute = {
  method: 'GET',
  path: '/api/echo/:id/',
  summary: 'Echo an id back',
  pathParams: z.object({ id: z.coerce.number().int().positive() }),
  responses: { 200: z.object({ id: z.number(), caller: z.string() }), ...unauthorizedResponse },
} as const;
const forgetRoute = {
  method: 'DELETE',
  path: '/api/echo/:id/',
  summary: 'Forget an id',
  pathParams: z.object({ id: z.coerce.number().int().positive() }),
  body: c.noBody(),
  responses: { 204: c.noBody(), ...unauthorizedResponse },
} as const;
const extended = c.router(
  { ...contract, echo: { get: echoRoute, forget: forgetRoute } },
  { strictStatusCodes: true },
);
const echo: UseCase<typeof extended.echo.get> = ({ params }, context) =>
  Promise.resolve({ status: 200, body: { id: params.id, caller: context.user.email } });
const forget: UseCase<typeof extended.echo.forget> = () => Promise.resolve({ status: 204, body: undefined });
const api = { contract: extended, useCases: { ...useCases, echo: { get: echo, forget } } };

describe('a route added to the contract with its use case', () => {
  const services = () => createCoreServices({ store: createMemoryStore(), logger: silentLogger });
  const closers: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const close of closers) await close();
  });

  async function callEcho(baseUrl: string) {
    const client = createClientFor(extended, { baseUrl });
    const body = { email: 'echo@example.com', password: 'long-enough-1', password_confirm: 'long-enough-1' };
    expect((await client.auth.register({ body })).status).toBe(201);
    return client.echo.get({ params: { id: 7 } });
  }

  /** A 204 declared with `c.noBody()` crosses every transport with no body, and the SDK reads `undefined`. */
  async function expectBodiless204(baseUrl: string) {
    const client = createClientFor(extended, { baseUrl });
    const body = {
      email: 'forget@example.com',
      password: 'long-enough-1',
      password_confirm: 'long-enough-1',
    };
    expect((await client.auth.register({ body })).status).toBe(201);
    const forgotten = await client.echo.forget({ params: { id: 7 } });
    expect(forgotten.status).toBe(204);
    expect(forgotten.body).toBeUndefined();
    const raw = await fetch(`${baseUrl}/api/echo/7/`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${client.tokens.get()?.access ?? ''}` },
    });
    expect(raw.status).toBe(204);
    expect(raw.headers.get('content-type')).toBeNull();
    expect(await raw.text()).toBe('');
  }

  it('is served by the reference server and typed in the SDK', async () => {
    const running = await startServer({ ...services(), api, port: 0 });
    closers.push(() => running.close());
    const response = await callEcho(running.url);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ id: 7, caller: 'echo@example.com' });
    await expectBodiless204(running.url);
  });

  it('is served by the MSW mocks', async () => {
    const baseUrl = 'http://echo.test';
    const server = setupServer(
      ...createHandlers(createApiHandler(services(), api), { baseUrl, router: extended }),
    );
    server.listen({ onUnhandledRequest: 'error' });
    closers.push(() => server.close());
    const response = await callEcho(baseUrl);
    expect(response.body).toEqual({ id: 7, caller: 'echo@example.com' });
    await expectBodiless204(baseUrl);
  });

  it('appears in the OpenAPI document', () => {
    const document = createOpenApiDocument(extended) as {
      paths: Record<string, Record<string, { summary: string }>>;
    };
    expect(document.paths['/api/echo/{id}/']?.['get']?.summary).toBe('Echo an id back');
  });
});
