import type { AppRoute } from '@ts-rest/core';
import fc from 'fast-check';
import type { ZodTypeAny } from 'zod';
import type { RouteMetadata } from '../../contract/index.js';
import { toRequest, zodOf, type Authorization, type FuzzRequest, type Parts } from './fuzz-request.js';
import { mutationsOf, type Mutation } from './invalid-mutations.js';
import { ODD_IDS } from './odd-values.js';
import { validPartsOf } from './valid-requests.js';
import { readsRequestBody } from '../../core/index.js';

/**
 * Requests the API must refuse, each a valid one with one thing wrong, and the statuses the
 * shared handler's order of checks gives it: an odd path id (404), a missing or bad token
 * (401), a query or body the schema refuses (400), a body framed wrong (400 or 415).
 */
export function invalidRequestOf(route: AppRoute): fc.Arbitrary<FuzzRequest> {
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
  if (body && readsRequestBody(route.method))
    families.push(mutated(route, parts, { part: 'body', schema: body }));
  if (readsRequestBody(route.method)) families.push(badFraming(route, parts));
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

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
