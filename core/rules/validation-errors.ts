import { ZodIssueCode, type ZodErrorMap, type ZodIssue, type ZodTypeAny } from 'zod';
import type { FieldErrors } from '@studymate/contract';

const DATETIME_FORMAT =
  'Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].';

/** DRF's wording for zod's issue codes, so both transports answer the same messages. */
const drfErrorMap: ZodErrorMap = (issue, context) => {
  switch (issue.code) {
    case ZodIssueCode.invalid_type:
      if (issue.received === 'undefined') return { message: 'This field is required.' };
      if (issue.received === 'null') return { message: 'This field may not be null.' };
      if (issue.expected === 'number' || issue.expected === 'integer')
        return { message: 'A valid number is required.' };
      if (issue.expected === 'boolean') return { message: 'Must be a valid boolean.' };
      if (issue.expected === 'string') return { message: 'Not a valid string.' };
      return { message: `Expected ${issue.expected}.` };
    case ZodIssueCode.invalid_string:
      if (issue.validation === 'email') return { message: 'Enter a valid email address.' };
      if (issue.validation === 'url') return { message: 'Enter a valid URL.' };
      if (issue.validation === 'datetime') return { message: DATETIME_FORMAT };
      if (issue.validation === 'date')
        return { message: 'Date has wrong format. Use one of these formats instead: YYYY-MM-DD.' };
      return { message: context.defaultError };
    case ZodIssueCode.too_small:
      if (issue.type === 'string') {
        return issue.minimum === 1
          ? { message: 'This field may not be blank.' }
          : { message: `Ensure this field has at least ${Number(issue.minimum)} characters.` };
      }
      if (issue.type === 'number') {
        return { message: `Ensure this value is greater than or equal to ${Number(issue.minimum)}.` };
      }
      return { message: context.defaultError };
    case ZodIssueCode.too_big:
      if (issue.type === 'string')
        return { message: `Ensure this field has no more than ${Number(issue.maximum)} characters.` };
      if (issue.type === 'number')
        return { message: `Ensure this value is less than or equal to ${Number(issue.maximum)}.` };
      return { message: context.defaultError };
    case ZodIssueCode.invalid_enum_value:
      return { message: `"${String(issue.received)}" is not a valid choice.` };
    case ZodIssueCode.invalid_union:
      return { message: 'Invalid value.' };
    default:
      return { message: context.defaultError };
  }
};

/** Groups zod issues by field as DRF does; issues without a field go under `non_field_errors`. */
function toFieldErrors(issues: ZodIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path.length > 0 ? issue.path.join('.') : 'non_field_errors';
    (errors[field] ??= []).push(issue.message);
  }
  return errors;
}

export type ParseOutcome = { ok: true; data: unknown } | { ok: false; errors: FieldErrors };

/** Parses with DRF-worded messages; without a schema the input passes as it is. */
export function parseWithFieldErrors(schema: ZodTypeAny | undefined, input: unknown): ParseOutcome {
  if (!schema) return { ok: true, data: input };
  // Synchronous: no schema of the contract refines asynchronously, and the async form costs a
  // promise per field (zod would throw here on an async refinement, and every test would see it).
  const result = schema.safeParse(input, { errorMap: drfErrorMap });
  if (!result.success) return { ok: false, errors: toFieldErrors(result.error.issues) };
  const withNulls = fieldsWithNullCharacters(result.data);
  if (withNulls.length > 0) {
    return { ok: false, errors: Object.fromEntries(withNulls.map((field) => [field, [NULL_CHARACTERS]])) };
  }
  return { ok: true, data: result.data };
}

/** DRF's ProhibitNullCharactersValidator, on every text field: no store keeps U+0000 (Postgres refuses it). */
const NULL_CHARACTERS = 'Null characters are not allowed.';

function fieldsWithNullCharacters(value: unknown, path: string[] = []): string[] {
  if (typeof value === 'string') {
    return value.includes('\u0000') ? [path.length > 0 ? path.join('.') : 'non_field_errors'] : [];
  }
  if (Array.isArray(value))
    return value.flatMap((item, index) => fieldsWithNullCharacters(item, [...path, String(index)]));
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => fieldsWithNullCharacters(item, [...path, key]));
  }
  return [];
}
