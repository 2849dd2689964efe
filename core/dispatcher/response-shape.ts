import { ZodFirstPartyTypeKind, type ZodTypeAny } from 'zod';

/** A response body reduced to the fields its schema declares; throws if it has not the schema's shape. */
export type ShapeProjection = (value: unknown) => unknown;

const projections = new WeakMap<ZodTypeAny, ShapeProjection>();

/**
 * The cheap form of a response check, compiled once per schema: every object keeps only the keys
 * its schema declares (as zod's default `strip` does, in the schema's key order), and each value
 * must be of its declared type (object, array, string, number, boolean, null, enum member,
 * literal). Formats and ranges (an email, a datetime, `.max()`, `.int()`) are not checked here:
 * the full zod parse checks them wherever responses are validated (development and tests), and
 * asserts there that this projection answers exactly what zod answers.
 * A schema kind it does not compile (a union, an effect, a lazy schema…) is parsed by zod itself.
 */
export function shapeProjection(schema: ZodTypeAny): ShapeProjection {
  let projection = projections.get(schema);
  if (!projection) {
    projection = compile(schema);
    projections.set(schema, projection);
  }
  return projection;
}

class ShapeError extends Error {}

function fail(expected: string, value: unknown): never {
  throw new ShapeError(`expected ${expected}, got ${value === null ? 'null' : typeof value}`);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function compile(schema: ZodTypeAny): ShapeProjection {
  const def = schema._def as { typeName: ZodFirstPartyTypeKind } & Record<string, unknown>;
  switch (def.typeName) {
    case ZodFirstPartyTypeKind.ZodString:
      return (value) => (typeof value === 'string' ? value : fail('a string', value));
    case ZodFirstPartyTypeKind.ZodNumber:
      return (value) => (typeof value === 'number' && !Number.isNaN(value) ? value : fail('a number', value));
    case ZodFirstPartyTypeKind.ZodBoolean:
      return (value) => (typeof value === 'boolean' ? value : fail('a boolean', value));
    case ZodFirstPartyTypeKind.ZodNull:
      return (value) => (value === null ? value : fail('null', value));
    case ZodFirstPartyTypeKind.ZodEnum: {
      const members = new Set<unknown>(def['values'] as string[]);
      return (value) => (members.has(value) ? value : fail('an enum member', value));
    }
    case ZodFirstPartyTypeKind.ZodLiteral: {
      const literal = def['value'];
      return (value) => (value === literal ? value : fail(`the literal ${String(literal)}`, value));
    }
    case ZodFirstPartyTypeKind.ZodNullable: {
      const inner = shapeProjection(def['innerType'] as ZodTypeAny);
      return (value) => (value === null ? null : inner(value));
    }
    case ZodFirstPartyTypeKind.ZodOptional: {
      const inner = shapeProjection(def['innerType'] as ZodTypeAny);
      return (value) => (value === undefined ? undefined : inner(value));
    }
    case ZodFirstPartyTypeKind.ZodArray: {
      const item = shapeProjection(def['type'] as ZodTypeAny);
      return (value) => {
        if (!Array.isArray(value)) fail('an array', value);
        const result = new Array<unknown>(value.length);
        for (let index = 0; index < value.length; index += 1) result[index] = item(value[index]);
        return result;
      };
    }
    case ZodFirstPartyTypeKind.ZodObject:
      return compileObject(schema);
    default:
      return (value) => {
        const parsed = schema.safeParse(value);
        if (!parsed.success) throw new ShapeError(parsed.error.message);
        return parsed.data as unknown;
      };
  }
}

function compileObject(schema: ZodTypeAny): ShapeProjection {
  const def = schema._def as {
    unknownKeys: string;
    catchall: ZodTypeAny;
    shape: () => Record<string, ZodTypeAny>;
  };
  const catchallKind = (def.catchall._def as { typeName: ZodFirstPartyTypeKind }).typeName;
  // Only the default `strip` object without a catch-all is a plain projection; others go to zod.
  if (def.unknownKeys !== 'strip' || catchallKind !== ZodFirstPartyTypeKind.ZodNever) {
    return (value) => {
      const parsed = schema.safeParse(value);
      if (!parsed.success) throw new ShapeError(parsed.error.message);
      return parsed.data as unknown;
    };
  }
  // The shape is read on first use: a schema may refer to one defined after it.
  let fields: { key: string; project: ShapeProjection; optional: boolean }[] | undefined;
  return (value) => {
    if (!isPlainObject(value)) fail('an object', value);
    fields ??= Object.entries(def.shape()).map(([key, field]) => ({
      key,
      project: shapeProjection(field),
      optional: field.isOptional(),
    }));
    const result: Record<string, unknown> = {};
    for (const { key, project, optional } of fields) {
      const entry = value[key];
      if (entry !== undefined) result[key] = project(entry);
      else if (!optional) fail(`a value for "${key}"`, entry);
      else if (key in value) result[key] = undefined;
    }
    return result;
  };
}
