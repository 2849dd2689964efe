import { z, type ZodTypeAny } from 'zod';

interface ConformanceOptions {
  allowMissing?: string[] | undefined;
  /** Field paths (array indices left out, e.g. `subject.level`) whose example values are not adopted. */
  valuesNotAdopted?: string[] | undefined;
  path?: string;
}

/**
 * Checks a documented example field by field: every field it shows must parse with the schema's
 * field, and every field the schema requires must be shown unless `allowMissing` names it.
 * Fields the schema does not know are ignored (the API strips them).
 */
export function conformanceIssues(
  schema: ZodTypeAny,
  value: unknown,
  options: ConformanceOptions = {},
): string[] {
  const { allowMissing = [], valuesNotAdopted = [], path = '' } = options;
  if (valuesNotAdopted.includes(path.replace(/\[\d+\]/g, '').replace(/^\./, ''))) return [];
  const inner = unwrap(schema);
  if (inner instanceof z.ZodObject && isRecord(value)) {
    const shape = inner.shape as Record<string, ZodTypeAny>;
    return Object.entries(shape).flatMap(([key, field]) => {
      const at = path ? `${path}.${key}` : key;
      if (!(key in value)) return field.isOptional() || allowMissing.includes(key) ? [] : [`${at}: missing`];
      return conformanceIssues(field, value[key], { ...options, path: at });
    });
  }
  if (inner instanceof z.ZodArray && Array.isArray(value)) {
    return value.flatMap((item, index) =>
      conformanceIssues(inner.element as ZodTypeAny, item, { ...options, path: `${path}[${index}]` }),
    );
  }
  if (inner instanceof z.ZodUnion && isRecord(value)) {
    const choices = inner.options as ZodTypeAny[];
    const results = choices.map((choice) => conformanceIssues(choice, value, options));
    return results.find((issues) => issues.length === 0) ?? results[0] ?? [];
  }
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${path}: ${issue.message}`);
}

function unwrap(schema: ZodTypeAny): ZodTypeAny {
  if (schema instanceof z.ZodNullable || schema instanceof z.ZodOptional)
    return unwrap(schema.unwrap() as ZodTypeAny);
  if (schema instanceof z.ZodEffects) return unwrap(schema.innerType() as ZodTypeAny);
  return schema;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
