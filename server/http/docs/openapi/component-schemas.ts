import { canonicalJson, mapChildSchemas, type Json } from './json-schema.js';
import type { NamedSchema } from './named-schemas.js';

/** The named shapes of a document: where a schema equals one, it becomes a `$ref` to it. */
export interface ComponentSchemas {
  /** `schema` with every part that is a named shape (itself included) replaced by a `$ref`. */
  reference(schema: Json): Json;
  /** The components that `document` reaches, directly or through other components, by name. */
  reachedFrom(document: unknown): Record<string, Json>;
}

const PREFIX = '#/components/schemas/';

/**
 * What identifies a shape: its JSON without the words and nullability of one use, so that
 * `DetailErrorSchema.describe('Not found.')` is still `DetailError` (the use keeps its own words
 * beside the `$ref`), and `UserSummarySchema.nullable()` is known as `UserSummary`.
 */
function shapeKey(schema: Json): string {
  const { description: _description, nullable: _nullable, ...shape } = schema;
  return canonicalJson(shape);
}

/**
 * Components from the contract's named shapes. Smaller shapes are named first, so a larger one
 * refers to the smaller ones it holds; when two names have the same shape, the first in that
 * order (then alphabetically) names it.
 */
export function createComponentSchemas(named: readonly NamedSchema[]): ComponentSchemas {
  const nameByShape = new Map<string, string>();
  const components = new Map<string, Json>();
  const size = (entry: NamedSchema) => JSON.stringify(entry.schema).length;
  const ordered = [...named].sort((a, b) => size(a) - size(b) || a.name.localeCompare(b.name));

  const referTo = (name: string, use: Json): Json => {
    // A nullable use stays inline (its parts still refer to their shapes): OpenAPI 3.0 cannot
    // make a $ref nullable, as `nullable` beside an allOf still lets the shape refuse null.
    if (use['nullable'] === true) return use;
    const $ref = `${PREFIX}${name}`;
    const description = use['description'];
    if (description === undefined || description === components.get(name)?.['description']) return { $ref };
    // OpenAPI 3.0 ignores siblings of a bare $ref: a use's own words go beside an allOf.
    return { description, allOf: [{ $ref }] };
  };

  const referenceChildren = (schema: Json): Json => mapChildSchemas(schema, reference);
  function reference(schema: Json): Json {
    const mapped = referenceChildren(schema);
    const name = nameByShape.get(shapeKey(mapped));
    return name === undefined ? mapped : referTo(name, mapped);
  }

  for (const { name, schema } of ordered) {
    const component = referenceChildren(schema);
    const key = shapeKey(component);
    if (nameByShape.has(key)) continue;
    nameByShape.set(key, name);
    components.set(name, component);
  }

  return {
    reference,
    reachedFrom(document) {
      const reached = new Set<string>();
      const visit = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        const ref = (node as Json)['$ref'];
        if (typeof ref === 'string' && ref.startsWith(PREFIX)) {
          const name = ref.slice(PREFIX.length);
          if (reached.has(name)) return;
          reached.add(name);
          visit(components.get(name));
        }
        for (const child of Object.values(node)) visit(child);
      };
      visit(document);
      const entries = [...reached].sort().flatMap((name) => {
        const component = components.get(name);
        return component ? [[name, component] as const] : [];
      });
      return Object.fromEntries(entries);
    },
  };
}
