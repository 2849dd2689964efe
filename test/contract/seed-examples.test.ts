import { isZodType, type AppRoute } from '@ts-rest/core';
import { z, type ZodTypeAny } from 'zod';
import { describe, expect, it } from 'vitest';
import { BadRequestSchema, DetailErrorSchema, contract } from '../../contract/index.js';
import { listRoutesBySpecificity } from '../../core/index.js';
import { conformanceIssues } from './conforms-to-schema.js';
import examples from './fixtures/seed-examples.json' with { type: 'json' };

/**
 * The JSON examples of the seeds for the routes that exist, copied verbatim from
 * ../shared/seeds/ (CI's clone cannot see that folder). Seed 001 "Authentication", "Location",
 * "Schools", "Cities", "Subjects", "User Subjects", "Goals", "User Goals",
 * "Study Sessions API", "Dashboard Statistics API", "Study Groups API" and "Error Responses";
 * seed 000 "Study Sessions", "Study Groups", memberships and group messages (its examples with
 * `/* comments *\/` are not JSON and are left out); seed 001's Discover, Matching and Chat; seed 003's
 * user status and message read receipt. Seed 002's shapes are not adopted (DESIGN §1).
 */
interface SeedExample {
  seed: string;
  method: string | null;
  path: string;
  status: number | null;
  request?: boolean;
  example: unknown;
  /** Fields the example may leave out, with `reason` saying why. */
  allowMissing?: string[];
  /** Fields (paths without array indices) whose example values the contract does not adopt, with `reason`. */
  valuesNotAdopted?: string[];
  /** Check a plain array as the `results` of the route's paginated answer. */
  asResults?: boolean;
  reason?: string;
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
  if (!example.asResults) return schema;
  if (!(schema instanceof z.ZodObject)) throw new Error(`${example.path} is not paginated`);
  const results: unknown = (schema.shape as Record<string, unknown>)['results'];
  if (!isZodType(results)) throw new Error(`${example.path} is not paginated`);
  return results;
}

const errorSchemas: Record<number, ZodTypeAny> = {
  400: BadRequestSchema,
  401: DetailErrorSchema,
  403: DetailErrorSchema,
  404: DetailErrorSchema,
  500: DetailErrorSchema,
};

const cases = (examples as SeedExample[]).map((example) => ({
  ...example,
  label: `${example.seed} ${example.method ?? ''} ${example.path} ${example.request ? 'request' : example.status}`,
}));

describe('the seeds’ JSON examples', () => {
  it('cover every route of the implemented areas that a seed gives a JSON example for', () => {
    const covered = new Set(cases.flatMap((example) => routesFor(example)));
    const expected = routes.filter((route) => /^\/api\/(auth|users)\//.test(route.path));
    const sessionRoutesWithExamples = [
      'get',
      'participants',
      'monthlySessions',
      'list',
      'create',
      'join',
      'leave',
      'checkIn',
      'checkOut',
      'delete',
    ] as const;
    // Reference data: every route has a JSON example but DELETE, which answers 204 with no content.
    const referenceData = /^\/api\/(schools|cities|subjects|user-subjects|goals|user-goals)\//;
    expected.push(
      ...sessionRoutesWithExamples.map((name) => contract.sessions[name]),
      contract.dashboard.statistics,
      ...routes.filter((route) => referenceData.test(route.path) && route.method !== 'DELETE'),
    );
    expect(
      expected.filter((route) => !covered.has(route)).map((route) => `${route.method} ${route.path}`),
    ).toEqual([]);
  });

  it.each(cases.filter((example) => example.method !== null))(
    'conform to the contract: $label',
    (example) => {
      const matched = routesFor(example);
      expect(matched.length).toBeGreaterThan(0);
      for (const route of matched) {
        expect(
          conformanceIssues(schemaFor(route, example), example.example, {
            allowMissing: example.allowMissing,
            valuesNotAdopted: example.valuesNotAdopted,
          }),
        ).toEqual([]);
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

  it.each(cases.filter((example) => !example.allowMissing && !example.asResults && example.method !== null))(
    'parse whole with the contract: $label',
    (example) => {
      for (const route of routesFor(example)) {
        const result = schemaFor(route, example).safeParse(example.example);
        expect(result.success ? [] : result.error.issues).toEqual([]);
      }
    },
  );
});
