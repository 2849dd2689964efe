import type { Faker } from '@faker-js/faker';
import { isAppRouteNoBody, isAppRouteOtherResponse, isZodType, type AppRoute } from '@ts-rest/core';
import { ZodFirstPartyTypeKind as Kind, type z, type ZodRawShape, type ZodTypeAny } from 'zod';
import { sampleNumber } from './sample-numbers.js';
import { recentDate, sampleString, type FieldContext } from './sample-strings.js';

interface SampleContext extends FieldContext {
  depth: number;
}

/** The zod types the sampler knows, with their children typed as schemas. */
type SampledDef =
  | z.ZodStringDef
  | z.ZodNumberDef
  | z.ZodBooleanDef
  | z.ZodDateDef
  | z.ZodNullDef
  | z.ZodUndefinedDef
  | z.ZodVoidDef
  | z.ZodAnyDef
  | z.ZodUnknownDef
  | z.ZodNaNDef
  | z.ZodLiteralDef<unknown>
  | z.ZodEnumDef
  | z.ZodNativeEnumDef
  | z.ZodObjectDef
  | z.ZodArrayDef
  | z.ZodTupleDef<z.ZodTupleItems, ZodTypeAny | null>
  | z.ZodRecordDef<ZodTypeAny>
  | z.ZodUnionDef
  | z.ZodDiscriminatedUnionDef<string>
  | z.ZodIntersectionDef
  | z.ZodOptionalDef
  | z.ZodNullableDef
  | z.ZodDefaultDef
  | z.ZodCatchDef
  | z.ZodReadonlyDef
  | z.ZodBrandedDef<ZodTypeAny>
  | z.ZodPipelineDef<ZodTypeAny, ZodTypeAny>
  | z.ZodEffectsDef
  | z.ZodLazyDef;

/** Past this nesting (recursive `z.lazy` trees), arrays stop growing and nullable values turn null. */
const MAX_DEPTH = 8;
/** Samples tried before a value the schema still refuses is returned as it is. */
const ATTEMPTS = 5;
/** `coordinates` of a GeoJSON point are `[longitude, latitude]`. */
const TUPLE_KEYS: Record<string, string[]> = { coordinates: ['longitude', 'latitude'] };
/** A `<field>_confirm` field repeats `<field>`, as a real form does (`password_confirm`). */
const CONFIRMATION = /^(.+)_confirm(ation)?$/;

/**
 * A realistic value that `schema.safeParse` accepts: every key of an object (optional ones too),
 * values chosen by field name where one suggests a kind (`email`, `created_at`, `latitude`, ...).
 * Browser-safe; the same for the same faker seed (dates are relative to a fixed reference day).
 * @throws for zod types no value can be sampled for (never, function, promise, map, set, symbol, bigint).
 */
export function sampleFromSchema(schema: ZodTypeAny, faker: Faker): unknown {
  return sample(schema, { faker, key: undefined, depth: 0 });
}

/**
 * A sample body for one declared status of a route: `undefined` for a `c.noBody()` status,
 * `{ ok: false }` for a status the route does not declare.
 */
export function sampleResponse(
  route: AppRoute,
  status: number,
  faker: Faker,
): { ok: true; body: unknown } | { ok: false } {
  const response = route.responses[status];
  if (response === undefined) return { ok: false };
  if (isAppRouteNoBody(response)) return { ok: true, body: undefined };
  const schema = isAppRouteOtherResponse(response) ? response.body : response;
  if (!isZodType(schema)) throw new Error(`${route.method} ${route.path} ${status}: not a zod schema`);
  return { ok: true, body: sampleFromSchema(schema, faker) };
}

function sample(schema: ZodTypeAny, context: SampleContext): unknown {
  const def = schema._def as SampledDef;
  const { faker } = context;
  const deeper = { ...context, depth: context.depth + 1 };
  const isShallow = context.depth < MAX_DEPTH;
  switch (def.typeName) {
    case Kind.ZodString:
      return sampleUntilValid(schema, () => sampleString(def.checks, context));
    case Kind.ZodNumber:
      return sampleUntilValid(schema, () => sampleNumber(def.checks, context));
    case Kind.ZodBoolean:
      return faker.datatype.boolean();
    case Kind.ZodDate:
      return sampleUntilValid(schema, () => recentDate(faker));
    case Kind.ZodNull:
      return null;
    case Kind.ZodUndefined:
    case Kind.ZodVoid:
      return undefined;
    case Kind.ZodAny:
    case Kind.ZodUnknown:
      return faker.lorem.word();
    case Kind.ZodNaN:
      return Number.NaN;
    case Kind.ZodLiteral:
      return def.value;
    case Kind.ZodEnum:
      return faker.helpers.arrayElement(def.values);
    case Kind.ZodNativeEnum:
      // Numeric enums map values back to names under numeric keys: skip those.
      return faker.helpers.arrayElement(
        Object.entries(def.values).flatMap(([name, value]) => (Number.isNaN(Number(name)) ? [value] : [])),
      );
    case Kind.ZodObject:
      return sampleObject(def.shape(), deeper);
    case Kind.ZodArray: {
      const min = def.exactLength?.value ?? def.minLength?.value ?? 0;
      const max = def.exactLength?.value ?? def.maxLength?.value ?? Number.POSITIVE_INFINITY;
      const count = Math.min(Math.max(isShallow ? faker.number.int({ min: 1, max: 3 }) : 0, min), max);
      return Array.from({ length: count }, () => sample(def.type, deeper));
    }
    case Kind.ZodTuple: {
      const keys = context.key === undefined ? undefined : TUPLE_KEYS[context.key];
      const items = def.items.map((item, index) =>
        sample(item, { ...deeper, key: keys?.[index] ?? context.key }),
      );
      return def.rest ? [...items, sample(def.rest, deeper)] : items;
    }
    case Kind.ZodRecord: {
      // Shaped like DRF field errors: `{ email: ['Enter a valid email address.'] }`.
      const entries = Array.from({ length: faker.number.int({ min: 1, max: 2 }) }, () => [
        sample(def.keyType, { ...deeper, key: 'field' }),
        sample(def.valueType, { ...deeper, key: 'message' }),
      ]);
      return Object.fromEntries(entries);
    }
    case Kind.ZodUnion:
      return sampleFirstValid(def.options, context);
    case Kind.ZodDiscriminatedUnion:
      return sampleFirstValid(faker.helpers.shuffle([...def.options]), context);
    case Kind.ZodIntersection: {
      const [left, right] = [sample(def.left, context), sample(def.right, context)];
      return isPlainObject(left) && isPlainObject(right) ? { ...left, ...right } : left;
    }
    case Kind.ZodOptional:
      return isShallow ? sample(def.innerType, context) : undefined;
    case Kind.ZodNullable:
      return isShallow && faker.datatype.boolean(0.9) ? sample(def.innerType, context) : null;
    case Kind.ZodDefault:
    case Kind.ZodCatch:
    case Kind.ZodReadonly:
      return sample(def.innerType, context);
    case Kind.ZodBranded:
      return sample(def.type, context);
    case Kind.ZodPipeline:
      return sample(def.in, context);
    case Kind.ZodEffects:
      // Refinements rarely fail on realistic values; when one does, another sample usually passes.
      return sampleUntilValid(schema, () => sample(def.schema, context));
    case Kind.ZodLazy:
      return sample(def.getter(), deeper);
    default:
      throw new Error(`sampleFromSchema: cannot sample a ${(schema._def as { typeName?: string }).typeName}`);
  }
}

function sampleObject(shape: ZodRawShape, context: SampleContext): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape)) value[key] = sample(field, { ...context, key });
  for (const key of Object.keys(shape)) {
    const original = CONFIRMATION.exec(key)?.[1];
    const isConfirmable = original !== undefined && original in value;
    if (isConfirmable && shape[key]?.safeParse(value[original]).success) value[key] = value[original];
  }
  return value;
}

function sampleUntilValid(schema: ZodTypeAny, generate: () => unknown): unknown {
  let value = generate();
  for (let attempt = 1; attempt < ATTEMPTS && !schema.safeParse(value).success; attempt += 1)
    value = generate();
  return value;
}

/** The first option whose sample it accepts, or the first option's sample when none does. */
function sampleFirstValid(options: readonly ZodTypeAny[], context: SampleContext): unknown {
  let fallback: unknown;
  for (const [index, option] of options.entries()) {
    const value = sample(option, context);
    if (option.safeParse(value).success) return value;
    if (index === 0) fallback = value;
  }
  return fallback;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
