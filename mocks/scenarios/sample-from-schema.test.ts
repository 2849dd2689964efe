import { Faker, en } from '@faker-js/faker';
import { isAppRouteNoBody, isZodType, type AppRoute } from '@ts-rest/core';
import { describe, expect, it } from 'vitest';
import { z, type ZodTypeAny } from 'zod';
import {
  BadRequestSchema,
  ClientEventSchema,
  contract,
  RegisterRequestSchema,
  ServerEventSchema,
} from '../../contract/index.js';
import { listRoutesBySpecificity } from '../../core/index.js';
import { sampleFromSchema, sampleResponse } from './sample-from-schema.js';

const SEEDS = [1, 2, 3, 4, 5];
const routes = listRoutesBySpecificity(contract);

function seededFaker(seed: number): Faker {
  const faker = new Faker({ locale: [en] });
  faker.seed(seed);
  return faker;
}

function samplesOf(schema: ZodTypeAny, seeds = SEEDS): unknown[] {
  return seeds.map((seed) => sampleFromSchema(schema, seededFaker(seed)));
}

/** The zod issues of a value, as the message of a failed expectation shows them. */
function issuesOf(schema: ZodTypeAny, value: unknown) {
  return schema.safeParse(value).error?.issues ?? [];
}

function statusesOf(route: AppRoute): number[] {
  return Object.keys(route.responses).map(Number);
}

describe('sampleResponse', () => {
  const cases = routes.flatMap((route) => statusesOf(route).map((status) => ({ route, status })));

  it.each(
    cases.map(({ route, status }) => [`${route.method} ${route.path} → ${status}`, route, status] as const),
  )('samples a body the contract accepts for %s', (_, route, status) => {
    const declared = route.responses[status];
    for (const seed of SEEDS) {
      const sampled = sampleResponse(route, status, seededFaker(seed));
      expect(sampled.ok).toBe(true);
      if (!sampled.ok || declared === undefined || isAppRouteNoBody(declared)) continue;
      if (!isZodType(declared)) throw new Error('The contract declares only zod responses.');
      const where = `${route.method} ${route.path} → ${status}, seed ${seed}`;
      expect(issuesOf(declared, sampled.body), where).toEqual([]);
    }
  });

  it('covers every route of the contract', () => {
    expect(routes.length).toBeGreaterThan(90);
    expect(cases.length).toBeGreaterThan(routes.length * 3);
  });

  it('answers an undefined body for a c.noBody() status', () => {
    const noBodyCases = cases.filter(({ route, status }) => {
      const declared = route.responses[status];
      return declared !== undefined && isAppRouteNoBody(declared);
    });
    expect(noBodyCases.length).toBeGreaterThan(0);
    for (const { route, status } of noBodyCases) {
      expect(sampleResponse(route, status, seededFaker(1))).toEqual({ ok: true, body: undefined });
    }
  });

  it('refuses a status the route does not declare', () => {
    expect(sampleResponse(contract.sessions.get, 418, seededFaker(1))).toEqual({ ok: false });
  });
});

describe('sampleFromSchema', () => {
  it('samples request bodies, queries and path parameters every route accepts', () => {
    for (const route of routes) {
      const parts = [route.pathParams, route.query, 'body' in route ? route.body : undefined];
      for (const schema of parts.filter(isZodType)) {
        for (const value of samplesOf(schema)) {
          expect(issuesOf(schema, value), `${route.method} ${route.path}`).toEqual([]);
        }
      }
    }
  });

  it('gives the same samples for the same seed', () => {
    const everything = routes.flatMap((route) => statusesOf(route).map((status) => ({ route, status })));
    const sampleAll = (seed: number) => {
      const faker = seededFaker(seed);
      return everything.map(({ route, status }) => sampleResponse(route, status, faker));
    };
    expect(sampleAll(7)).toEqual(sampleAll(7));
    expect(sampleAll(7)).not.toEqual(sampleAll(8));
  });

  it('samples emails, URLs and UUIDs in their formats', () => {
    const schema = z.object({ a: z.string().email(), b: z.string().url(), c: z.string().uuid() });
    for (const value of samplesOf(schema)) expect(issuesOf(schema, value)).toEqual([]);
  });

  it('samples datetimes as ISO 8601 in UTC with Z, and dates as YYYY-MM-DD', () => {
    const schema = z.object({ at: z.string().datetime(), on: z.string().date() });
    for (const value of samplesOf(schema)) {
      expect(value).toEqual({
        at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/) as unknown,
        on: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as unknown,
      });
    }
    const precise = z.string().datetime({ precision: 3 });
    for (const value of samplesOf(precise)) expect(value).toMatch(/\.\d{3}Z$/);
  });

  it('keeps strings within their min and max lengths, trimmed', () => {
    const schemas = [
      z.string().min(40).max(45),
      z.string().max(3),
      z.string().length(10),
      z.string().trim().min(1).max(5),
      z.string().email().max(20),
      z.string().url().min(60),
    ];
    for (const schema of schemas) {
      for (const value of samplesOf(schema)) {
        expect(issuesOf(schema, value)).toEqual([]);
        expect(value).toBe((value as string).trim());
      }
    }
  });

  it('honours regex, startsWith and endsWith checks', () => {
    const schema = z.object({
      code: z.string().regex(/^[A-Z]{3}\d{3}$/),
      slug: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
      tag: z.string().startsWith('#').endsWith('!').max(12),
    });
    for (const value of samplesOf(schema)) expect(issuesOf(schema, value)).toEqual([]);
  });

  it('keeps numbers within their bounds, whole and multiple when asked', () => {
    const schemas = [
      z.number().int().min(5).max(7),
      z.number().gt(0).lt(1),
      z.number().multipleOf(0.25).min(1).max(2),
      z.number().int().positive(),
      z.number().int().nonpositive(),
      z.number().min(10_000),
      z.number().int().min(2).nullable(),
    ];
    for (const schema of schemas) {
      for (const value of samplesOf(schema)) expect(issuesOf(schema, value)).toEqual([]);
    }
  });

  it('samples latitudes and longitudes in range, and ids as positive integers', () => {
    const schema = z.object({ latitude: z.number(), longitude: z.number(), id: z.number().int() });
    for (const value of samplesOf(schema) as { latitude: number; longitude: number; id: number }[]) {
      expect(Math.abs(value.latitude)).toBeLessThanOrEqual(90);
      expect(Math.abs(value.longitude)).toBeLessThanOrEqual(180);
      expect(value.id).toBeGreaterThan(0);
    }
  });

  it('samples every variant of a discriminated union, each one valid', () => {
    for (const schema of [ClientEventSchema, ServerEventSchema]) {
      const samples = samplesOf(
        schema,
        Array.from({ length: 40 }, (_, index) => index + 1),
      );
      for (const value of samples) expect(issuesOf(schema, value)).toEqual([]);
      const types = new Set(samples.map((value) => (value as { type: string }).type));
      expect(types.size).toBe(schema.options.length);
    }
  });

  it('samples DRF bodies: a detail for a 400, messages by field for a record', () => {
    const fieldErrors = z.record(z.string(), z.array(z.string()));
    for (const value of samplesOf(fieldErrors)) expect(issuesOf(fieldErrors, value)).toEqual([]);
    for (const value of samplesOf(BadRequestSchema))
      expect(value).toEqual({ detail: expect.any(String) as unknown });
  });

  it('fills every key of an object, optional ones included', () => {
    const schema = z.object({ a: z.string().optional(), b: z.number().default(3), c: z.boolean() });
    for (const value of samplesOf(schema)) {
      expect(Object.keys(value as object).sort()).toEqual(['a', 'b', 'c']);
      expect((value as { a: unknown }).a).toEqual(expect.any(String));
    }
  });

  it('repeats a confirmed field so an equality refinement passes', () => {
    for (const value of samplesOf(RegisterRequestSchema)) {
      expect(issuesOf(RegisterRequestSchema, value)).toEqual([]);
    }
  });

  it('retries a refinement until a sample passes it', () => {
    const schema = z
      .number()
      .int()
      .min(1)
      .max(1000)
      .refine((value) => value % 2 === 0);
    expect(samplesOf(schema).filter((value) => schema.safeParse(value).success).length).toBeGreaterThan(3);
  });

  it('samples tuples, enums, native enums, literals and arrays within their bounds', () => {
    enum Level {
      Low,
      High,
    }
    const schema = z.object({
      point: z.tuple([z.number(), z.string()]),
      kind: z.enum(['a', 'b']),
      level: z.nativeEnum(Level),
      fixed: z.literal('Point'),
      many: z.array(z.string()).min(5),
      none: z.array(z.string()).max(0),
      any: z.any(),
      unknown: z.unknown(),
    });
    for (const value of samplesOf(schema)) {
      expect(issuesOf(schema, value)).toEqual([]);
      expect((value as { many: unknown[] }).many).toHaveLength(5);
    }
  });

  it('samples a recursive lazy schema to a finite depth', () => {
    interface Node {
      name: string;
      children: Node[];
    }
    const NodeSchema: z.ZodType<Node> = z.lazy(() =>
      z.object({ name: z.string(), children: z.array(NodeSchema) }),
    );
    for (const value of samplesOf(NodeSchema)) expect(issuesOf(NodeSchema, value)).toEqual([]);
  });
});
