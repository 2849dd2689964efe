import type { Json } from './json-schema.js';

/**
 * Rewrites what @ts-rest/open-api 3.52 writes in JSON Schema 2019 terms to OpenAPI 3.0, everywhere
 * in `node`: numeric exclusive bounds become the boolean form, and a nullable enum lists `null`
 * (OpenAPI 3.0.3: `nullable` does not lift the other constraints, so the enum must allow null).
 */
export function toOpenApi30(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toOpenApi30);
  if (!node || typeof node !== 'object') return node;
  const result: Json = {};
  for (const [key, value] of Object.entries(node as Json)) result[key] = toOpenApi30(value);
  for (const [exclusive, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (typeof result[exclusive] === 'number') {
      result[bound] = result[exclusive];
      result[exclusive] = true;
    }
  }
  const values = result['enum'] as unknown[] | undefined;
  if (result['nullable'] === true && Array.isArray(values) && !values.includes(null)) {
    result['enum'] = [...values, null];
  }
  return result;
}
