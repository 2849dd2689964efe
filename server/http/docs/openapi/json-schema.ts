import { generateSchema } from '@anatine/zod-openapi';
import type { ZodTypeAny } from 'zod';

/** A JSON value as the documents hold it. */
export type Json = Record<string, unknown>;

/**
 * The OpenAPI schema of a zod schema, exactly as @ts-rest/open-api writes the routes' schemas
 * (the same generator), so a named shape and its inline copies in the routes compare equal.
 */
export function jsonSchemaOf(schema: ZodTypeAny): Json {
  return generateSchema(schema, true) as Json;
}

/** The child schemas of a schema, by the keys that hold one schema or a list of them. */
const SCHEMA_KEYS = ['items', 'additionalProperties', 'not'] as const;
const SCHEMA_LIST_KEYS = ['oneOf', 'anyOf', 'allOf'] as const;

/** A copy of `schema` with `map` applied to each child schema (properties, items, unions...). */
export function mapChildSchemas(schema: Json, map: (child: Json) => Json): Json {
  const result: Json = { ...schema };
  const properties = schema['properties'] as Record<string, Json> | undefined;
  if (properties) {
    result['properties'] = Object.fromEntries(
      Object.entries(properties).map(([name, child]) => [name, map(child)]),
    );
  }
  for (const key of SCHEMA_KEYS) {
    const child = schema[key];
    if (child && typeof child === 'object') result[key] = map(child as Json);
  }
  for (const key of SCHEMA_LIST_KEYS) {
    const children = schema[key] as Json[] | undefined;
    if (children) result[key] = children.map(map);
  }
  return result;
}

/** JSON text with object keys sorted: equal for two equal schemas whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const entries = Object.entries(value as Json)
    .filter(([, child]) => child !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, child]) => `${JSON.stringify(key)}:${canonicalJson(child)}`).join(',')}}`;
}
