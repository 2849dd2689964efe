import { z } from 'zod';

/** The largest id or count the API stores: a Postgres `integer`. */
export const MAX_INTEGER = 2_147_483_647;

/** A positive integer id, as the API uses for every resource (path and query). Non-numeric ids are a 404. */
export const IdSchema = z.coerce.number().int().positive().max(MAX_INTEGER);

/** An id in a JSON body: a number, never text. */
export const ReferenceIdSchema = z.number().int().positive().max(MAX_INTEGER);

/** An ISO 8601 UTC timestamp with `Z`, e.g. `2025-10-24T10:00:00Z`. */
export const TimestampSchema = z.string().datetime({ offset: true }).describe('ISO 8601 timestamp (UTC).');

/** `{id}` path parameters. */
export const IdParamsSchema = z.object({ id: IdSchema });

/** A plain `{message}` acknowledgement. */
export const MessageSchema = z.object({ message: z.string() });
export type Message = z.infer<typeof MessageSchema>;

/** Latitude in degrees, -90..90. */
export const LatitudeSchema = z.number().min(-90).max(90);
/** Longitude in degrees, -180..180. */
export const LongitudeSchema = z.number().min(-180).max(180);
