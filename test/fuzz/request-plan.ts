import { isZodType, type AppRoute } from '@ts-rest/core';
import fc from 'fast-check';
import type { ZodTypeAny } from 'zod';
import type { RouteMetadata } from '../../contract/index.js';
import { isRefused, mutationsOf, type Mutation } from './invalid-mutations.js';
import { ODD_IDS } from './odd-values.js';
import { bodyOf, valueOf } from './value-arbitraries.js';

/** Who a request claims to be: the signed-in caller, its refresh token, nobody, or a raw header. */
export type Authorization = 'caller' | 'caller-refresh' | 'none' | `raw:${string}`;

/** One request of a fuzz run, ready to send but for the caller's tokens. */
export interface FuzzRequest {
  /** `METHOD /path/` of the contract route. */
  label: string;
  route: AppRoute;
  kind: 'valid' | 'invalid';
  /** What was done to a valid request to make it invalid. */
  mutation?: string;
  /** The statuses an invalid request may get (DESIGN §2 and the shared handler's order of checks). */
  expected?: readonly number[];
  /** Path and query, encoded as sent. */
  url: string;
  authorization: Authorization;
  headers: Record<string, string>;
  body?: string;
}

interface Parts {
  params: Record<string, string>;
  query: Record<string, string>;
  /** undefined: no body at all. */
  body: unknown;
}

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);
const zodOf = (candidate: unknown) => (isZodType(candidate) ? candidate : undefined);
export const labelOf = (route: AppRoute) => `${route.method} ${route.path}`;

/** `runs` valid and `runs` invalid requests for one route, the same for the same seed. */
export function planRoute(route: AppRoute, runs: number, seed: number): FuzzRequest[] {
  const valid = validPartsOf(route).map((parts) => toRequest(route, parts, { kind: 'valid' }));
  return [
    ...fc.sample(valid, { seed, numRuns: runs }),
    ...fc.sample(invalidRequestOf(route), { seed: seed + 1, numRuns: runs }),
  ];
}

function validPartsOf(route: AppRoute): fc.Arbitrary<Parts> {
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
  if (!METHODS_WITH_BODY.has(route.method)) return fc.constant(undefined);
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

function invalidRequestOf(route: AppRoute): fc.Arbitrary<FuzzRequest> {
  const parts = validPartsOf(route);
  const invalid = (mutation: string, expected: number[]) => ({
    kind: 'invalid' as const,
    mutation,
    expected,
  });
  const families: fc.Arbitrary<FuzzRequest | null>[] = [];
  const names = Object.keys(fc.sample(parts, { numRuns: 1, seed: 1 })[0]?.params ?? {});
  if (names.length > 0) {
    const odd = fc.record({ parts, name: fc.constantFrom(...names), id: fc.constantFrom(...ODD_IDS) });
    families.push(
      odd.map(({ parts: valid, name, id }) =>
        toRequest(
          route,
          { ...valid, params: { ...valid.params, [name]: id } },
          invalid(`path ${name} ${JSON.stringify(id)}`, [404]),
        ),
      ),
    );
  }
  if (!(route.metadata as RouteMetadata | undefined)?.public) {
    const headers = fc.constantFrom<Authorization>(
      'none',
      'caller-refresh',
      'raw:Bearer',
      'raw:Bearer not.a.jwt',
      'raw:Basic dXNlcjpwYXNzd29yZA==',
      'raw:Bearer eyJhbGciOiJub25lIn0.eyJ1c2VyX2lkIjoxfQ.',
    );
    families.push(
      fc.record({ parts, authorization: headers }).map(({ parts: valid, authorization }) => ({
        ...toRequest(route, valid, invalid(`authorization ${authorization}`, [401])),
        authorization,
      })),
    );
  }
  const query = zodOf(route.query);
  if (query) families.push(mutated(route, parts, { part: 'query', schema: query }));
  const body = zodOf('body' in route ? route.body : undefined);
  if (body && METHODS_WITH_BODY.has(route.method))
    families.push(mutated(route, parts, { part: 'body', schema: body }));
  if (METHODS_WITH_BODY.has(route.method)) families.push(badFraming(route, parts));
  return fc.oneof(...families).filter((request): request is FuzzRequest => request !== null);
}

function mutated(
  route: AppRoute,
  parts: fc.Arbitrary<Parts>,
  { part, schema }: { part: 'query' | 'body'; schema: ZodTypeAny },
): fc.Arbitrary<FuzzRequest | null> {
  return parts.chain((valid) => {
    const candidates: Mutation[] = mutationsOf(schema, asObject(valid[part]), part);
    if (candidates.length === 0) return fc.constant(null);
    return fc.constantFrom(...candidates).map(({ value, mutation }) =>
      toRequest(
        route,
        { ...valid, [part]: value },
        {
          kind: 'invalid',
          mutation: `${part} ${mutation}`,
          expected: [400],
        },
      ),
    );
  });
}

/** A body the API must refuse before reading it as the route's input. */
function badFraming(route: AppRoute, parts: fc.Arbitrary<Parts>): fc.Arbitrary<FuzzRequest> {
  const framings: { headers: Record<string, string>; body: string; expected: number[]; what: string }[] = [
    {
      headers: { 'content-type': 'application/json' },
      body: '{"a":',
      expected: [400],
      what: 'malformed JSON',
    },
    { headers: { 'content-type': 'text/plain' }, body: '{}', expected: [415], what: 'text/plain body' },
    { headers: {}, body: '{}', expected: [415], what: 'body without content-type' },
    {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'a=1',
      expected: [415],
      what: 'form body',
    },
    {
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: '{}',
      expected: [400, 415],
      what: 'gzip claimed on a plain body',
    },
  ];
  return fc.record({ parts, framing: fc.constantFrom(...framings) }).map(({ parts: valid, framing }) => ({
    ...toRequest(route, valid, { kind: 'invalid', mutation: framing.what, expected: framing.expected }),
    headers: framing.headers,
    body: framing.body,
  }));
}

function toRequest(
  route: AppRoute,
  parts: Parts,
  kind: Pick<FuzzRequest, 'kind' | 'mutation' | 'expected'>,
): FuzzRequest {
  const path = route.path.replace(/:(\w+)/g, (_, name: string) =>
    encodeURIComponent(parts.params[name] ?? ''),
  );
  const search = new URLSearchParams(parts.query).toString();
  const hasBody = parts.body !== undefined;
  return {
    label: labelOf(route),
    route,
    ...kind,
    url: search ? `${path}?${search}` : path,
    authorization: 'caller',
    headers: hasBody ? { 'content-type': 'application/json' } : {},
    ...(hasBody ? { body: JSON.stringify(parts.body) } : {}),
  };
}

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
