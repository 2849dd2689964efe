import { en, Faker } from '@faker-js/faker';
import fc from 'fast-check';
import { z, type ZodTypeAny } from 'zod';
import { sampleFromSchema } from '../../mocks/scenarios/sample-from-schema.js';
import { TEST_EPOCH } from '../targets/target.js';
import { EXTREME_NUMBERS, NUMERIC_STRINGS, ODD_STRINGS, READ_ONLY_KEYS } from './odd-values.js';

/**
 * fast-check arbitraries of values a zod schema accepts, leaning on the edges: every number
 * and string leaf tries the odd values of odd-values.ts it accepts (near-zero numbers most,
 * so a row planted near 0 is searched near 0), realistic values (the mocks' faker sampler,
 * by field name) and values fast-check draws in the schema's bounds.
 */
export function valueOf(schema: ZodTypeAny, key?: string): fc.Arbitrary<unknown> {
  if (schema instanceof z.ZodString) return stringOf(schema, key);
  if (schema instanceof z.ZodNumber) return numberOf(schema, key);
  if (schema instanceof z.ZodBoolean) return fc.boolean();
  if (schema instanceof z.ZodEnum) return fc.constantFrom(...(schema.options as string[]));
  if (schema instanceof z.ZodLiteral) return fc.constant(schema.value as unknown);
  if (schema instanceof z.ZodObject) return objectOf(schema.shape as z.ZodRawShape);
  if (schema instanceof z.ZodArray) return arrayOf(schema as z.ZodArray<ZodTypeAny>, key);
  if (schema instanceof z.ZodNullable) return fc.option(valueOf(inner(schema), key), { nil: null, freq: 5 });
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault)
    return fc.option(valueOf(inner(schema), key), { nil: undefined, freq: 3 });
  if (schema instanceof z.ZodUnion)
    return fc.oneof(...(schema.options as ZodTypeAny[]).map((option) => valueOf(option, key)));
  if (schema instanceof z.ZodEffects) return valueOf(inner(schema), key);
  return fc.jsonValue({ maxDepth: 2 });
}

/** The schema a wrapper (optional, nullable, default, refinement) wraps. */
export function inner(schema: ZodTypeAny): ZodTypeAny {
  const def = schema._def as { innerType?: ZodTypeAny; schema?: ZodTypeAny };
  const wrapped = def.innerType ?? def.schema;
  if (!wrapped) throw new Error(`${schema.constructor.name} wraps no schema`);
  return wrapped;
}

function arrayOf(schema: z.ZodArray<ZodTypeAny>, key: string | undefined): fc.Arbitrary<unknown[]> {
  const minLength = schema._def.minLength?.value ?? 0;
  const maxLength = Math.max(minLength, Math.min(schema._def.maxLength?.value ?? 4, 4));
  return fc.array(valueOf(schema.element, key), { minLength, maxLength });
}

/** Body objects also carry read-only keys now and then, which the API must ignore. */
export function bodyOf(schema: ZodTypeAny): fc.Arbitrary<unknown> {
  const shape = shapeOf(schema);
  const extras = Object.entries(READ_ONLY_KEYS).filter(([extra]) => !(shape && extra in shape));
  return fc
    .tuple(valueOf(schema), fc.subarray(extras, { maxLength: 2 }))
    .map(([value, chosen]) => (isRecord(value) ? { ...value, ...Object.fromEntries(chosen) } : value));
}

/** The object shape under any refinements, if the schema is an object. */
export function shapeOf(schema: ZodTypeAny): z.ZodRawShape | undefined {
  let unwrapped = schema;
  while (unwrapped instanceof z.ZodEffects) unwrapped = inner(unwrapped);
  return unwrapped instanceof z.ZodObject ? (unwrapped.shape as z.ZodRawShape) : undefined;
}

function objectOf(shape: z.ZodRawShape): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, valueOf(field, key)]));
  return fc.record(fields).map((value) => {
    const written = Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined));
    // A `<field>_confirm` repeats `<field>`, as a real form does (a mismatch is an invalid request).
    for (const key of Object.keys(written)) {
      const original = /^(.+)_confirm$/.exec(key)?.[1];
      if (original && typeof written[original] === 'string') written[key] = written[original];
    }
    return written;
  });
}

const accepts = (schema: ZodTypeAny) => (value: unknown) =>
  schema.safeParse(value).success && !JSON.stringify(value ?? null).includes('\\u0000');

/** One faker per process, reseeded by fast-check for every value so runs replay. */
const faker = new Faker({ locale: [en] });

function realistic(schema: ZodTypeAny, key: string | undefined): fc.Arbitrary<unknown> {
  const field = key ?? 'value';
  const wrapper = z.object({ [field]: schema });
  return fc.integer().map((seed) => {
    faker.seed(seed);
    return (sampleFromSchema(wrapper, faker) as Record<string, unknown>)[field];
  });
}

function weighted(...choices: [number, fc.Arbitrary<unknown> | undefined][]): fc.Arbitrary<unknown> {
  const present = choices.flatMap(([weight, arbitrary]) =>
    arbitrary && weight > 0 ? [{ weight, arbitrary }] : [],
  );
  return fc.oneof(...present);
}

/**
 * The arbitrary filtered by `valid`, or undefined when `valid` refuses most of its values
 * (a filter that never passes would loop for ever).
 */
function viable(arbitrary: fc.Arbitrary<unknown>, valid: (value: unknown) => boolean) {
  const trial = fc.sample(arbitrary, { numRuns: 40, seed: 1 });
  return trial.filter(valid).length >= 8 ? arbitrary.filter(valid) : undefined;
}

const constants = (values: unknown[]) => (values.length > 0 ? fc.constantFrom(...values) : undefined);

function numberOf(schema: z.ZodNumber, key: string | undefined): fc.Arbitrary<unknown> {
  const valid = accepts(schema);
  const edges = [schema.minValue, schema.maxValue].filter((edge): edge is number => edge !== null);
  const extremes = [...EXTREME_NUMBERS, ...edges].filter(valid);
  const nearZero = extremes.filter((value) => Math.abs(value) < 1e-100);
  const low = Math.max(schema.minValue ?? -1e308, -1e308);
  const high = Math.min(schema.maxValue ?? 1e308, 1e308);
  const drawn = schema.isInt
    ? fc.integer({ min: Math.max(low, -(2 ** 31)), max: Math.min(high, 2 ** 31 - 1) })
    : fc.double({ min: low, max: high, noNaN: true, noDefaultInfinity: true });
  const isIdLike = schema.isInt && valid(1) && !valid(0) && valid(1000);
  // A coerced number (a query value) may also be written oddly: `0x10`, ` 7 `, `` (0).
  const coerced = (schema._def as { coerce?: boolean }).coerce ? NUMERIC_STRINGS.filter(valid) : [];
  return weighted(
    [4, constants(nearZero)],
    [2, constants(extremes.filter((value) => !nearZero.includes(value)))],
    [2, viable(realistic(schema, key), valid)],
    [2, viable(drawn, valid)],
    [isIdLike ? 6 : 0, isIdLike ? fc.constantFrom(1, 2, 3, 4, 5, 6) : undefined],
    [1, constants(coerced)],
  );
}

const DAY = 24 * 60 * 60 * 1000;

function stringOf(schema: z.ZodString, key: string | undefined): fc.Arbitrary<unknown> {
  const valid = accepts(schema);
  const odd = constants(ODD_STRINGS.filter(valid));
  const { minLength, maxLength } = schema;
  if (schema.isDatetime) {
    const moment = fc.integer({ min: -400 * 60 * 24, max: 400 * 60 * 24 });
    return weighted(
      [6, moment.map((minutes) => new Date(TEST_EPOCH.getTime() + minutes * 60_000).toISOString())],
      [1, odd],
    );
  }
  if (schema.isDate) {
    const day = fc.integer({ min: -400, max: 400 });
    return weighted(
      [6, day.map((days) => new Date(TEST_EPOCH.getTime() + days * DAY).toISOString().slice(0, 10))],
      [1, constants(['0001-01-01', '9999-12-31', '2028-02-29'].filter(valid))],
    );
  }
  const isFormat = schema.isEmail || schema.isURL;
  const plain = fc.string({ minLength: minLength ?? 0, maxLength: Math.min(maxLength ?? 40, 40) });
  return weighted(
    [4, viable(realistic(schema, key), valid)],
    [2, odd],
    [isFormat ? 0 : 2, viable(plain, valid)],
    [isFormat ? 2 : 0, viable(schema.isEmail ? fc.emailAddress() : fc.webUrl(), valid)],
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
