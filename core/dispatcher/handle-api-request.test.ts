import { initContract } from '@ts-rest/core';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { publicRoute } from '../../contract/index.js';
import { createMemoryStore } from '../adapters/memory-store/create-memory-store.js';
import { createCoreServices } from '../create-core-services.js';
import type { UseCase } from '../context.js';
import { createApiHandler } from './handle-api-request.js';

const c = initContract();
const router = c.router(
  {
    byId: {
      method: 'GET',
      path: '/api/things/:id/',
      pathParams: z.object({ id: z.coerce.number().int().positive() }),
      metadata: publicRoute,
      responses: { 200: z.object({ kind: z.literal('by-id'), id: z.number() }) },
    },
    mine: {
      method: 'GET',
      path: '/api/things/mine/',
      metadata: publicRoute,
      responses: { 200: z.object({ kind: z.literal('mine') }) },
    },
    broken: {
      method: 'GET',
      path: '/api/broken/',
      metadata: publicRoute,
      responses: { 200: z.object({ name: z.string() }) },
    },
    remove: {
      method: 'DELETE',
      path: '/api/things/:id/',
      pathParams: z.object({ id: z.coerce.number().int().positive() }),
      metadata: publicRoute,
      body: c.noBody(),
      responses: { 204: c.noBody() },
    },
  },
  { strictStatusCodes: true },
);

const removed: UseCase<typeof router.remove> = () => Promise.resolve({ status: 204, body: undefined });

function handlerWith(broken: UseCase<typeof router.broken>, remove = removed) {
  const logger = { error: vi.fn(), info: vi.fn() };
  const services = createCoreServices({ store: createMemoryStore(), logger });
  const handle = createApiHandler(services, {
    contract: router,
    useCases: {
      byId: ({ params }) => Promise.resolve({ status: 200, body: { kind: 'by-id' as const, id: params.id } }),
      mine: () => Promise.resolve({ status: 200, body: { kind: 'mine' as const } }),
      broken,
      remove,
    },
  });
  const get = (path: string) => handle({ method: 'GET', url: `http://api.test${path}` });
  const del = (path: string) => handle({ method: 'DELETE', url: `http://api.test${path}` });
  return { get, del, logger };
}

const fine: UseCase<typeof router.broken> = () => Promise.resolve({ status: 200, body: { name: 'ok' } });

describe('the shared API handler', () => {
  it('reads a literal segment before an id, whatever the declaration order', async () => {
    const { get } = handlerWith(fine);
    expect((await get('/api/things/mine/')).body).toEqual({ kind: 'mine' });
    expect((await get('/api/things/12/')).body).toEqual({ kind: 'by-id', id: 12 });
  });

  it('answers a thrown error with the DRF 500 body, no stack, and logs it', async () => {
    const { get, logger } = handlerWith(() => Promise.reject(new Error('database exploded at line 42')));
    const response = await get('/api/broken/');
    expect(response).toMatchObject({ status: 500, body: { detail: 'Internal server error.' } });
    expect(JSON.stringify(response.body)).not.toContain('exploded');
    expect(logger.error).toHaveBeenCalledOnce();
  });

  it('turns an undeclared status from a use case into a logged 500', async () => {
    const { get, logger } = handlerWith(() => Promise.resolve({ status: 418, body: {} } as never));
    expect((await get('/api/broken/')).status).toBe(500);
    expect(logger.error).toHaveBeenCalledOnce();
  });

  it('strips fields the contract does not declare from responses', async () => {
    const leaky = { name: 'ok', passwordHash: 'pbkdf2_sha256$1$salt$hash' };
    const { get } = handlerWith(() => Promise.resolve({ status: 200, body: leaky }));
    expect((await get('/api/broken/')).body).toEqual({ name: 'ok' });
  });

  it('turns a response that breaks its schema into a logged 500', async () => {
    const { get, logger } = handlerWith(() => Promise.resolve({ status: 200, body: { name: 42 } as never }));
    expect((await get('/api/broken/')).status).toBe(500);
    expect(logger.error).toHaveBeenCalledOnce();
  });

  it('answers a route declared without a body with no body at all', async () => {
    const { del } = handlerWith(fine);
    const response = await del('/api/things/3/');
    expect(response.status).toBe(204);
    expect(response.body).toBeUndefined();
  });

  it('turns a body on a bodiless answer into a logged 500', async () => {
    const { del, logger } = handlerWith(fine, () =>
      Promise.resolve({ status: 204, body: { surprise: true } as never }),
    );
    expect((await del('/api/things/3/')).status).toBe(500);
    expect(logger.error).toHaveBeenCalledOnce();
  });
});
