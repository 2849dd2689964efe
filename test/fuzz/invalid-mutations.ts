import { z, type ZodTypeAny } from 'zod';
import { EXTREME_NUMBERS, NUMERIC_STRINGS, ODD_STRINGS, WRONG_TYPES } from './odd-values.js';
import { inner, shapeOf } from './value-arbitraries.js';

/** A request part the schema refuses, and what was done to a valid one to get it. */
export interface Mutation {
  value: unknown;
  mutation: string;
}

/** What a body or a query looks like to the API: JSON text read back, or a query's strings. */
const asReceived = (value: unknown) => JSON.parse(JSON.stringify(value) ?? 'null') as unknown;

/** The API refuses it: the schema does, or it carries a NUL character (refused in every text field). */
export function isRefused(schema: ZodTypeAny, value: unknown): boolean {
  const received = asReceived(value);
  return !schema.safeParse(received).success || JSON.stringify(received).includes('\\u0000');
}

/**
 * Every single-field change of a valid object that the API must refuse with a 400: a required
 * field left out, a field of the wrong type, out of range, too long, of a bad format or
 * holding a NUL; for a body, also a body that is no object at all. Query values are strings.
 */
export function mutationsOf(
  schema: ZodTypeAny,
  valid: Record<string, unknown>,
  part: 'body' | 'query',
): Mutation[] {
  const shape = shapeOf(schema) ?? {};
  const candidates: Mutation[] = [];
  for (const [key, field] of Object.entries(shape)) {
    if (!field.isOptional()) {
      const { [key]: _left, ...rest } = valid;
      candidates.push({ value: rest, mutation: `without required "${key}"` });
    }
    for (const bad of refusedValuesOf(field, part)) {
      candidates.push({ value: { ...valid, [key]: bad }, mutation: `"${key}": ${preview(bad)}` });
    }
  }
  if (part === 'body') {
    for (const bad of WRONG_TYPES.filter((value) => !isPlainObject(value))) {
      candidates.push({ value: bad, mutation: `body ${preview(bad)}` });
    }
  }
  return candidates.filter(({ value }) => isRefused(schema, value));
}

/** Values one field refuses: the usual suspects plus its own bounds overstepped. */
function refusedValuesOf(field: ZodTypeAny, part: 'body' | 'query'): unknown[] {
  const base = unwrap(field);
  const overstepped: unknown[] = ['bogus'];
  if (base instanceof z.ZodNumber) {
    if (base.minValue !== null) overstepped.push(base.minValue - 1, base.minValue - 1e-9);
    if (base.maxValue !== null) overstepped.push(base.maxValue + 1, base.maxValue * 2 + 1);
    if (base.isInt) overstepped.push(1.5);
  }
  if (base instanceof z.ZodString) {
    if (base.maxLength !== null) overstepped.push('y'.repeat(base.maxLength + 1));
    if (base.minLength !== null && base.minLength > 0) overstepped.push(' '.repeat(base.minLength));
  }
  if (base instanceof z.ZodArray) overstepped.push(['bogus'], [null], [-1], [1.5]);
  const pool =
    part === 'query'
      ? [...overstepped.map(String), ...NUMERIC_STRINGS, ...ODD_STRINGS.filter(isShort)]
      : [...overstepped, ...WRONG_TYPES, ...EXTREME_NUMBERS, ...ODD_STRINGS.filter(isShort)];
  const refused = pool.filter((value) => isRefused(field, value));
  // Enough of each kind to vary, without one field's long list drowning the others.
  return spread(refused, 12);
}

const isShort = (value: string) => value.length < 100;

const WRAPPERS = [z.ZodOptional, z.ZodNullable, z.ZodDefault, z.ZodEffects];

function unwrap(field: ZodTypeAny): ZodTypeAny {
  let unwrapped = field;
  while (WRAPPERS.some((wrapper) => unwrapped instanceof wrapper)) unwrapped = inner(unwrapped);
  return unwrapped;
}

/** At most `count` items, spread evenly over the list. */
function spread<Item>(items: Item[], count: number): Item[] {
  if (items.length <= count) return items;
  return Array.from({ length: count }, (_, index) => items[Math.floor((index * items.length) / count)]!);
}

/** A short, printable form of a value for failure messages. */
function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 40)}…(${text.length} chars)` : text;
}

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
