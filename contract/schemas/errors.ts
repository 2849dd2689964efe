import { z } from 'zod';

/** A DRF error with a single human-readable message, e.g. `{"detail": "Not found."}`. */
export const DetailErrorSchema = z
  .object({ detail: z.string().describe('What went wrong, for humans.') })
  .describe('DRF error with a single message');
export type DetailError = z.infer<typeof DetailErrorSchema>;

/**
 * A DRF validation error: each invalid field maps to its messages; errors that belong to
 * no single field are under `non_field_errors`.
 * @example { "email": ["Enter a valid email address."] }
 */
export const FieldErrorsSchema = z
  .record(z.string(), z.array(z.string()))
  .describe('DRF validation error: field name to messages');
export type FieldErrors = z.infer<typeof FieldErrorsSchema>;

/** A 400 answer: a business-rule `{detail}` or field-level validation messages. */
export const BadRequestSchema = z.union([DetailErrorSchema, FieldErrorsSchema]).describe('Bad request');
export type BadRequest = z.infer<typeof BadRequestSchema>;
