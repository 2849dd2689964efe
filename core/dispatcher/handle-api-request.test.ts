import { initContract } from '@ts-rest/core';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { publicRoute } from '../../contract/index.js';
import { createMemoryStore } from '../adapters/memory-store/create-memory-store.js';
import { createCoreServices } from '../create-core-services.js';
import type { UseCase } from '../context.js';
import { createApiHandler, type ResponseCheck } from './handle-api-request.js';

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
    nested: {
      method: 'GET',
      path: '/api/nested/',
      metadata: publicRoute,
      responses: {
        200: z.object({
          items: z.array(
            z.object({
              id: z.number(),
              owner: z.object({ name: z.string() }).nullable(),
              note: z.string().optional(),
            }),
          ),
        }),
      },
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

const noItems: UseCase<typeof router.nested> = () => Promise.resolve({ status: 200, body: { items: [] } });

function handlerWith(
  broken: UseCase<typeof router.broken>,
  remove = removed,
  {
    responseCheck = 'full',
    nested = noItems,
  }: { responseCheck?: ResponseCheck; nested?: UseCase<typeof router.nested> } = {},
) {
  const logger = { error: vi.fn(), info: vi.fn() };
  const services = createCoreServices({ store: createMemoryStore(), logger });
  const handle = createApiHandler(
    services,
    {
      contract: router,
      useCases: {
        byId: ({ params }) =>
          Promise.resolve({ status: 200, body: { kind: 'by-id' as const, id: params.id } }),
        mine: () => Promise.resolve({ status: 200, body: { kind: 'mine' as const } }),
        broken,
        nested,
        remove,
      },
    },
    { responseCheck },
  );
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
});

describe.each<ResponseCheck>(['full', 'shape'])('the %s response check', (responseCheck) => {
  it('turns an undeclared status from a use case into a logged 500', async () => {
    const { get, logger } = handlerWith(() => Promise.resolve({ status: 418, body: {} } as never), removed, {
      responseCheck,
    });
    expect((await get('/api/broken/')).status).toBe(500);
    expect(logger.error).toHaveBeenCalledOnce();
  });

  it('strips fields the contract does not declare from responses', async () => {
    const leaky = { name: 'ok', passwordHash: 'pbkdf2_sha256$1$salt$hash' };
    const { get } = handlerWith(() => Promise.resolve({ status: 200, body: leaky }), removed, {
      responseCheck,
    });
    expect((await get('/api/broken/')).body).toEqual({ name: 'ok' });
  });

  it('turns a response that breaks its schema into a logged 500', async () => {
    const { get, logger } = handlerWith(
      () => Promise.resolve({ status: 200, body: { name: 42 } as never }),
      removed,
      {
        responseCheck,
      },
    );
    expect((await get('/api/broken/')).status).toBe(500);
    expect(logger.error).toHaveBeenCalledOnce();
  });

  it('answers a route declared without a body with no body at all', async () => {
    const { del } = handlerWith(fine, removed, { responseCheck });
    const response = await del('/api/things/3/');
    expect(response.status).toBe(204);
    expect(response.body).toBeUndefined();
  });

  it('turns a body on a bodiless answer into a logged 500', async () => {
    const { del, logger } = handlerWith(
      fine,
      () => Promise.resolve({ status: 204, body: { surprise: true } as never }),
      { responseCheck },
    );
    expect((await del('/api/things/3/')).status).toBe(500);
    expect(logger.error).toHaveBeenCalledOnce();
  });
  it('strips undeclared fields at every depth: in array items and in nullable objects', async () => {
    const leaky = {
      items: [
        { id: 1, owner: { name: 'a', email: 'a@x.test' }, secret: 's', note: 'n' },
        { id: 2, owner: null, token: 't' },
      ],
      total_hidden: 9,
    };
    const { get } = handlerWith(fine, removed, {
      responseCheck,
      nested: () => Promise.resolve({ status: 200, body: leaky as never }),
    });
    const response = await get('/api/nested/');
    expect(response.status).toBe(200);
    expect(JSON.stringify(response.body)).toBe(
      JSON.stringify({
        items: [
          { id: 1, owner: { name: 'a' }, note: 'n' },
          { id: 2, owner: null },
        ],
      }),
    );
  });

  it('turns a nested value of the wrong type, or a missing required field, into a logged 500', async () => {
    for (const items of [[{ id: '1', owner: null }], [{ owner: null }], [{ id: 1, owner: 'x' }], 'none']) {
      const { get, logger } = handlerWith(fine, removed, {
        responseCheck,
        nested: () => Promise.resolve({ status: 200, body: { items } as never }),
      });
      expect((await get('/api/nested/')).status).toBe(500);
      expect(logger.error).toHaveBeenCalledOnce();
    }
  });
});
