import { initContract } from '@ts-rest/core';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { publicRoute } from '@studymate/contract';
import { createApiHandler, createCoreServices, createMemoryStore, type ResponseCheck } from '@studymate/core';
import { createResponseSerializer } from './response-serializer.js';

const c = initContract();
const Item = z.object({
  id: z.number(),
  owner: z.object({ name: z.string() }).nullable(),
  state: z.enum(['open', 'closed']),
  when: z.string().datetime(),
  note: z.string().optional(),
});
const router = c.router(
  {
    items: {
      method: 'GET',
      path: '/api/items/',
      metadata: publicRoute,
      responses: { 200: z.object({ count: z.number().int(), results: z.array(Item) }) },
    },
  },
  { strictStatusCodes: true },
);

function handlerWith(body: unknown, responseCheck: ResponseCheck) {
  const logger = { error: vi.fn(), info: vi.fn() };
  const handle = createApiHandler(
    createCoreServices({ store: createMemoryStore(), logger }),
    { contract: router, useCases: { items: () => Promise.resolve({ status: 200, body: body as never }) } },
    { responseCheck, serializer: createResponseSerializer() },
  );
  return { get: () => handle({ method: 'GET', url: 'http://api.test/api/items/' }), logger };
}

const WHEN = '2026-01-02T03:04:05.678Z';
const leaky = {
  count: 2,
  hidden_total: 9,
  results: [
    {
      id: 1,
      owner: { name: 'a "quoted"\n\u2028 name', email: 'a@x.test' },
      state: 'open',
      when: WHEN,
      secret: 's',
    },
    { id: 2, owner: null, state: 'closed', when: WHEN, note: 'n\ud800', token: 't' },
  ],
};
const declared = {
  count: 2,
  results: [
    { id: 1, owner: { name: 'a "quoted"\n\u2028 name' }, state: 'open', when: WHEN },
    { id: 2, owner: null, state: 'closed', when: WHEN, note: 'n\ud800' },
  ],
};

describe.each<ResponseCheck>(['full', 'shape'])(
  'responses written by fast-json-stringify (%s check)',
  (check) => {
    it('writes only the declared fields, at every depth, as JSON.stringify writes them', async () => {
      const response = await handlerWith(leaky, check).get();
      expect(response.status).toBe(200);
      expect(response.json).toBe(JSON.stringify(declared));
    });

    it('turns a missing required field into a logged 500', async () => {
      const { get, logger } = handlerWith(
        { count: 1, results: [{ id: 1, owner: null, state: 'open' }] },
        check,
      );
      expect((await get()).status).toBe(500);
      expect(logger.error).toHaveBeenCalledOnce();
    });
  },
);

describe('the serializer', () => {
  it('takes the plain kinds and leaves unions, records and effects to the projection', () => {
    const serializer = createResponseSerializer();
    expect(serializer(Item)).toBeTypeOf('function');
    expect(serializer(z.union([z.string(), z.number()]))).toBeUndefined();
    expect(serializer(z.object({ tags: z.record(z.string()) }))).toBeUndefined();
    expect(serializer(z.object({ id: z.number() }).passthrough())).toBeUndefined();
    expect(serializer(z.string().transform((text) => text.length))).toBeUndefined();
    // It writes required fields first, so an optional one before a required one would move.
    expect(serializer(z.object({ note: z.string().optional(), id: z.number() }))).toBeUndefined();
  });

  it('in production (shape) writes each value as its declared type, where full checking refuses it', async () => {
    const wrongType = { count: 1, results: [{ ...declared.results[1], id: '2' }] };
    expect((await handlerWith(wrongType, 'full').get()).status).toBe(500);
    const written = await handlerWith(wrongType, 'shape').get();
    expect(written.json).toBe(JSON.stringify({ count: 1, results: [{ ...declared.results[1], id: 2 }] }));
  });
});
