import { isZodType, type AppRoute } from '@ts-rest/core';
import type { ZodTypeAny } from 'zod';
import { describe, expect, it } from 'vitest';
import { BadRequestSchema, DetailErrorSchema, contract } from '../../contract/index.js';
import { listRoutesBySpecificity } from '../../server/core/index.js';
import examples from './fixtures/seed-examples.json' with { type: 'json' };

/**
 * The JSON examples of seed 001 (Authentication, Location, Error Responses) and seed 003
 * (user online status), copied verbatim from ../shared/seeds/ into the fixture file.
 */
interface SeedExample {
  seed: string;
  method: string | null;
  path: string;
  status: number | null;
  request?: boolean;
  example: unknown;
}

const routes = listRoutesBySpecificity(contract);

/** Seed paths to contract routes: `{id}` and `<id>` are parameters, 003's paths lack the `/api` prefix. */
function routesFor(example: SeedExample): AppRoute[] {
  const normalise = (path: string) =>
    path
      .replace(/^\/users\//, '/api/users/')
      .replace(/\{\w+\}|<\w+>/g, ':id')
      .replace(/:\w+/g, ':param');
  const methods = example.method?.split('/') ?? [];
  return routes.filter(
    (route) => normalise(route.path) === normalise(example.path) && methods.includes(route.method),
  );
}

function schemaFor(route: AppRoute, example: SeedExample): ZodTypeAny {
  const schema = example.request
    ? 'body' in route
      ? route.body
      : undefined
    : (route.responses as Record<number, unknown>)[example.status ?? 0];
  if (!isZodType(schema)) throw new Error(`No schema for ${example.method} ${example.path}`);
  return schema;
}

const errorSchemas: Record<number, ZodTypeAny> = {
  400: BadRequestSchema,
  401: DetailErrorSchema,
  403: DetailErrorSchema,
  404: DetailErrorSchema,
  500: DetailErrorSchema,
};

describe('the seeds’ JSON examples', () => {
  const cases = (examples as SeedExample[]).map((example) => ({
    ...example,
    label: `${example.seed} ${example.method ?? ''} ${example.path} ${example.request ? 'request' : example.status}`,
  }));

  it('cover every auth, location and user-status route', () => {
    const covered = new Set(cases.flatMap((example) => routesFor(example)));
    const expected = routes.filter((route) => /^\/api\/(auth|users)\//.test(route.path));
    expect(
      expected.filter((route) => !covered.has(route)).map((route) => `${route.method} ${route.path}`),
    ).toEqual([]);
  });

  it.each(cases.filter((example) => example.method !== null))(
    'parse with the contract: $label',
    (example) => {
      const matched = routesFor(example);
      expect(matched.length).toBeGreaterThan(0);
      for (const route of matched) {
        const result = schemaFor(route, example).safeParse(example.example);
        expect(result.success ? [] : result.error.issues).toEqual([]);
      }
    },
  );

  it.each(cases.filter((example) => example.method === null))(
    'parse with the shared error schemas: $label',
    (example) => {
      const schema = errorSchemas[example.status ?? 0];
      expect(schema?.safeParse(example.example).success).toBe(true);
    },
  );
});
