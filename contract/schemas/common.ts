import { z } from 'zod';

/** The largest id or count the API stores: a Postgres `integer`. */
export const MAX_INTEGER = 2_147_483_647;

/** An integer as a path or query writes it: decimal digits, no leading zero, `+`, space, fraction or exponent. */
const INTEGER_TEXT = /^(0|-?[1-9][0-9]*)$/;
/** A number as JSON writes one: `-12.5`, `1e-200`; no `+`, space, hex, bare `.5` or `5.`. */
const DECIMAL_TEXT = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$/;

/** A number read from query or path text that `isNumberText` accepts, else refused with `message`. */
function numberFromText<Schema extends z.ZodNumber>(
  schema: Schema,
  isNumberText: (text: string) => boolean,
  message: string,
) {
  return new z.ZodEffects<Schema, number, number>({
    typeName: z.ZodFirstPartyTypeKind.ZodEffects,
    schema,
    effect: {
      type: 'preprocess',
      transform: (value: unknown, context: z.RefinementCtx) => {
        if (typeof value !== 'string') return value;
        if (!isNumberText(value)) context.addIssue({ code: z.ZodIssueCode.custom, message, fatal: true });
        return Number(value);
      },
    },
  });
}

/**
 * An integer read from the text of a path or a query, then checked by `schema` (its range).
 * Only the one decimal spelling is read: `1.0`, `0x1`, `1e0`, ` 1`, `01` and `+1` are refused
 * with "A valid integer is required." (DESIGN §2), where `z.coerce.number()` would read 1.
 * Typed as a number on both sides, so the SDK's inputs stay numbers; numbers pass as they are.
 * @example integerTextSchema(z.number().int().min(1)).optional()
 */
export function integerTextSchema<Schema extends z.ZodNumber>(schema: Schema) {
  return numberFromText(schema, (text) => INTEGER_TEXT.test(text), 'A valid integer is required.');
}

/**
 * A decimal number read from the text of a query, then checked by `schema` (its range). It is
 * written as JSON writes a number (`-12.5`, `0`, `1e-200`); an empty value, spaces, `+`, hex,
 * `.5`, `5.`, `Infinity`, `NaN` or a value too large for a double (`1e400`) is refused with
 * "A valid number is required." (DRF's words), where `z.coerce.number()` read `` as 0 and
 * `0x10` as 16. Typed as a number on both sides, so the SDK's inputs stay numbers.
 * @example decimalTextSchema(z.number().min(-90).max(90))
 */
export function decimalTextSchema<Schema extends z.ZodNumber>(schema: Schema) {
  return numberFromText(
    schema,
    (text) => DECIMAL_TEXT.test(text) && Number.isFinite(Number(text)),
    'A valid number is required.',
  );
}

/**
 * A positive integer id, as the API uses for every resource (path and query), written only as
 * `^[1-9][0-9]*$`: any other spelling in a path is a 404, in a query a 400.
 */
export const IdSchema = integerTextSchema(z.number().int().min(1).max(MAX_INTEGER));

/** An id in a JSON body: a number, never text. */
export const ReferenceIdSchema = z.number().int().positive().max(MAX_INTEGER);

/**
 * The instants a timestamp may name, in epoch milliseconds: Django's datetimes, years 0001 to
 * 9999 (UTC). A request outside them is refused; a stored time past `latest` could not be presented.
 */
export const TIMESTAMP_RANGE = {
  earliest: Date.parse('0001-01-01T00:00:00Z'),
  latest: Date.parse('9999-12-31T23:59:59.999Z'),
} as const;

/** An ISO 8601 UTC timestamp with `Z`, e.g. `2025-10-24T10:00:00Z`. */
export const TimestampSchema = z.string().datetime({ offset: true }).describe('ISO 8601 timestamp (UTC).');

const ISO_TIMESTAMP = z.string().datetime({ offset: true });
const ISO_DATE = z.string().date();
const DATE_TEXT = /^\d{4}-\d{2}-\d{2}$/;
/** DRF's words for a datetime an offset moves outside years 0001-9999 (its `overflow` error). */
const DATETIME_OUT_OF_RANGE = 'Datetime value out of range.';

/**
 * A timestamp in a request (body or query): ISO 8601 with `Z` or an offset, naming a moment in
 * years 0001 to 9999 UTC. Year 0000 is refused as a malformed datetime (Python has no year 0),
 * a moment an offset moves outside those years with "Datetime value out of range." (DRF's words).
 * @example '2025-10-24T10:00:00Z'
 */
export const RequestTimestampSchema = ISO_TIMESTAMP.superRefine((value, context) => {
  if (!ISO_TIMESTAMP.safeParse(value).success) return; // already reported, once
  const instant = Date.parse(value);
  if (value.startsWith('0000') || Number.isNaN(instant)) {
    context.addIssue({ code: z.ZodIssueCode.invalid_string, validation: 'datetime' });
  } else if (instant < TIMESTAMP_RANGE.earliest || instant > TIMESTAMP_RANGE.latest) {
    context.addIssue({ code: z.ZodIssueCode.custom, message: DATETIME_OUT_OF_RANGE });
  }
});

/**
 * A date in a request, `YYYY-MM-DD` in years 0001 to 9999: year 0000 is a malformed date.
 * @example '2025-10-24'
 */
export const RequestDateSchema = ISO_DATE.superRefine((value, context) => {
  if (value.startsWith('0000') && ISO_DATE.safeParse(value).success) {
    context.addIssue({ code: z.ZodIssueCode.invalid_string, validation: 'date' });
  }
});

/**
 * A date or a timestamp in a query filter (`date_from`, `date_to`), each as its request schema
 * takes it; anything else is "Enter a valid date or date/time (ISO 8601).".
 */
export const RequestDateOrTimestampSchema = z.string().superRefine((value, context) => {
  const schema = DATE_TEXT.test(value) ? RequestDateSchema : RequestTimestampSchema;
  const issues = schema.safeParse(value).error?.issues ?? [];
  if (issues.length === 0) return;
  const isOutOfRange = issues.some((issue) => issue.message === DATETIME_OUT_OF_RANGE);
  context.addIssue({
    code: z.ZodIssueCode.custom,
    message: isOutOfRange ? DATETIME_OUT_OF_RANGE : 'Enter a valid date or date/time (ISO 8601).',
  });
});

/** `{id}` path parameters. */
export const IdParamsSchema = z.object({ id: IdSchema });

/** A plain `{message}` acknowledgement. */
export const MessageSchema = z.object({ message: z.string() });
export type Message = z.infer<typeof MessageSchema>;

/** Latitude in degrees, -90..90. */
export const LatitudeSchema = z.number().min(-90).max(90);
/** Longitude in degrees, -180..180. */
export const LongitudeSchema = z.number().min(-180).max(180);
