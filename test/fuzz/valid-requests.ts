import type { AppRoute } from '@ts-rest/core';
import fc from 'fast-check';
import type { ZodTypeAny } from 'zod';
import { labelOf, zodOf, type Parts } from './fuzz-request.js';
import { isRefused } from './invalid-mutations.js';
import { bodyOf, valueOf } from './value-arbitraries.js';
import { readsRequestBody } from '../../core/index.js';

/**
 * The parts of a request the route's schemas accept: ids 1 to 6 in the path (rows the seeded
 * world holds) and now and then 2^31 - 1 or an id nobody has; a query and a body built from the
 * schemas, extreme values first.
 */
export function validPartsOf(route: AppRoute): fc.Arbitrary<Parts> {
  const names = route.path.split('/').flatMap((part) => (part.startsWith(':') ? [part.slice(1)] : []));
  const id = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(1, 2, 3, 4, 5, 6) },
    { weight: 1, arbitrary: fc.constantFrom(2 ** 31 - 1, 1000, 99_999) },
  );
  const params = fc
    .tuple(...names.map(() => id))
    .map((ids) => Object.fromEntries(names.map((name, index) => [name, String(ids[index])])));
  const querySchema = zodOf(route.query);
  const query = querySchema
    ? viableOrThrow(valueOf(querySchema).map(toQueryStrings), querySchema, `${labelOf(route)} query`)
    : fc.constant({});
  return fc.record({ params, query, body: bodyPartOf(route) });
}

function bodyPartOf(route: AppRoute): fc.Arbitrary<unknown> {
  if (!readsRequestBody(route.method)) return fc.constant(undefined);
  const schema = zodOf('body' in route ? route.body : undefined);
  // A route without a body schema reads no body, or an ignored `{}`.
  if (!schema) return fc.constantFrom(undefined, {});
  return viableOrThrow(bodyOf(schema), schema, `${labelOf(route)} body`);
}

/** Fails loudly when the generator cannot find valid values: a filter that never passes would hang. */
function viableOrThrow<Value>(arbitrary: fc.Arbitrary<Value>, schema: ZodTypeAny, what: string) {
  const trial = fc.sample(arbitrary, { numRuns: 40, seed: 7 });
  if (trial.filter((value) => !isRefused(schema, value)).length < 4)
    throw new Error(`The fuzzer cannot generate a valid ${what}: teach value-arbitraries.ts this schema`);
  return arbitrary.filter((value) => !isRefused(schema, value));
}

function toQueryStrings(value: unknown): Record<string, string> {
  const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
  return Object.fromEntries(
    entries.map(([key, item]) => [key, Object.is(item, -0) ? '-0' : String(item as string | number)]),
  );
}
