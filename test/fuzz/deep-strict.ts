import { z, type ZodTypeAny } from 'zod';
import { inner } from './value-arbitraries.js';

const strictCopies = new WeakMap<ZodTypeAny, ZodTypeAny>();

/**
 * The schema with every object in it strict: a field the contract does not declare, at any
 * depth, fails the parse instead of being stripped. Used to read responses, which must carry
 * nothing undeclared.
 */
export function deepStrict(schema: ZodTypeAny): ZodTypeAny {
  const known = strictCopies.get(schema);
  if (known) return known;
  const copy = strictCopyOf(schema);
  strictCopies.set(schema, copy);
  return copy;
}

type AtLeastTwo = [ZodTypeAny, ZodTypeAny, ...ZodTypeAny[]];

function strictCopyOf(schema: ZodTypeAny): ZodTypeAny {
  const def = schema._def as {
    options?: ZodTypeAny[];
    items?: ZodTypeAny[];
    type?: ZodTypeAny;
    keyType?: ZodTypeAny;
    valueType?: ZodTypeAny;
  };
  if (schema instanceof z.ZodObject) {
    const shape = Object.entries(schema.shape as z.ZodRawShape);
    return z.object(Object.fromEntries(shape.map(([key, field]) => [key, deepStrict(field)]))).strict();
  }
  if (schema instanceof z.ZodArray && def.type)
    return new z.ZodArray({ ...schema._def, type: deepStrict(def.type) });
  if (schema instanceof z.ZodOptional) return deepStrict(inner(schema)).optional();
  if (schema instanceof z.ZodNullable) return deepStrict(inner(schema)).nullable();
  if (schema instanceof z.ZodUnion && def.options) return z.union(def.options.map(deepStrict) as AtLeastTwo);
  if (schema instanceof z.ZodRecord && def.keyType && def.valueType)
    return z.record(def.keyType, deepStrict(def.valueType));
  if (schema instanceof z.ZodTuple && def.items) return z.tuple(def.items.map(deepStrict) as [ZodTypeAny]);
  // Discriminated unions, lazy schemas and refinements do not occur in responses today: kept as they are.
  return schema;
}
