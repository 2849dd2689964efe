import type { Json } from './json-schema.js';

/**
 * Rewrites JSON-Schema 2019 numeric exclusive bounds (which @ts-rest/open-api 3.52 writes) to the
 * OpenAPI 3.0 boolean form, everywhere in `node`.
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
  return result;
}
