import { isZodType, type AppRoute } from '@ts-rest/core';
import { ZodFirstPartyTypeKind, type ZodTypeAny } from 'zod';
import { describe, expect, it } from 'vitest';
import { contract } from '../../contract/index.js';
import { listRoutesBySpecificity } from '../../core/index.js';

/**
 * Kinds whose parse can answer differently for the same text (a default or a catch can hand out a
 * shared value, a lazy schema can change): the dispatcher remembers each query's parse by its text
 * (`core/dispatcher/parse-query.ts`), so no query schema may hold one.
 */
const IMPURE_KINDS = new Set<string>([
  ZodFirstPartyTypeKind.ZodDefault,
  ZodFirstPartyTypeKind.ZodCatch,
  ZodFirstPartyTypeKind.ZodLazy,
  ZodFirstPartyTypeKind.ZodPromise,
  ZodFirstPartyTypeKind.ZodFunction,
]);

/** The kinds of every schema inside `schema`, found through its definition's zod-typed values. */
function kindsInside(schema: ZodTypeAny, seen = new Set<ZodTypeAny>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = schema._def as { typeName: string } & Record<string, unknown>;
  const isObject = def.typeName === (ZodFirstPartyTypeKind.ZodObject as string);
  const children = Object.values(def).flatMap((value): unknown[] => {
    if (typeof value === 'function' && isObject)
      return Object.values((value as () => Record<string, unknown>)());
    return Array.isArray(value) ? (value as unknown[]) : [value];
  });
  return [def.typeName, ...children.filter(isZodType).flatMap((child) => kindsInside(child, seen))];
}

const queried = listRoutesBySpecificity(contract).filter((route: AppRoute) => isZodType(route.query));

describe('query schemas', () => {
  it('are found on the routes that take a query', () => {
    expect(queried.length).toBeGreaterThan(20);
  });

  it.each(queried.map((route) => [`${route.method} ${route.path}`, route] as const))(
    '%s parses the same text to the same answer (no default, catch or lazy part)',
    (_name, route) => {
      const kinds = kindsInside(route.query as ZodTypeAny);
      expect(kinds).toContain(ZodFirstPartyTypeKind.ZodObject);
      expect(kinds.filter((kind) => IMPURE_KINDS.has(kind))).toEqual([]);
    },
  );
});
