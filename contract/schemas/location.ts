import { z } from 'zod';
import {
  integerTextSchema,
  LatitudeSchema,
  LongitudeSchema,
  RequestTimestampSchema,
  TimestampSchema,
} from './common.js';
import { LimitedPaginationQuerySchema } from './pagination.js';

/** `POST /api/users/location/` body. */
export const LocationUpdateRequestSchema = z.object({
  latitude: LatitudeSchema,
  longitude: LongitudeSchema,
  accuracy: z.number().min(0).nullable().optional().describe('Accuracy radius in metres.'),
});
export type LocationUpdateRequest = z.infer<typeof LocationUpdateRequestSchema>;

/** The answer to a location update: whether a history row was written, and why. */
export const LocationUpdateSchema = z.object({
  updated: z.boolean(),
  saved_to_history: z.boolean(),
  distance_moved: z.number().nullable().describe('Metres from the last history row; null on the first.'),
  time_since_last: z.number().nullable().describe('Seconds since the last history row; null on the first.'),
  message: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  timestamp: TimestampSchema,
});
export type LocationUpdate = z.infer<typeof LocationUpdateSchema>;

/** The caller's current location. */
export const CurrentLocationSchema = z.object({
  latitude: z.number(),
  longitude: z.number(),
  last_updated: TimestampSchema,
});
export type CurrentLocation = z.infer<typeof CurrentLocationSchema>;

/** A row of location history as listed. */
export const LocationHistoryItemSchema = z.object({
  id: z.number().int(),
  latitude: z.number(),
  longitude: z.number(),
  recorded_at: TimestampSchema,
  accuracy: z.number().nullable(),
});
export type LocationHistoryItem = z.infer<typeof LocationHistoryItemSchema>;

/** One location history row in detail. */
export const LocationHistoryEntrySchema = LocationHistoryItemSchema.extend({
  user: z.number().int(),
  user_email: z.string(),
  user_name: z.string(),
  created_at: TimestampSchema,
});
export type LocationHistoryEntry = z.infer<typeof LocationHistoryEntrySchema>;

/** `GET /api/users/location/history/` query: newest first, 50 a page (`limit` is an alias of `page_size`). */
export const LocationHistoryQuerySchema = LimitedPaginationQuerySchema.extend({
  from_date: RequestTimestampSchema.optional().describe('Only rows recorded at or after.'),
  to_date: RequestTimestampSchema.optional().describe('Only rows recorded at or before.'),
});
export type LocationHistoryQuery = z.infer<typeof LocationHistoryQuerySchema>;

/** `GET /api/users/location/stats/` query. */
export const LocationStatsQuerySchema = z.object({
  days: integerTextSchema(z.number().int().min(1).max(3650))
    .optional()
    .describe('Days to analyse (default 30).'),
});

/** Location statistics over the last `days_analyzed` days. */
export const LocationStatsSchema = z.object({
  total_records: z.number().int(),
  days_analyzed: z.number().int(),
  first_recorded: TimestampSchema.nullable(),
  last_recorded: TimestampSchema.nullable(),
  current_location: z.object({ latitude: z.number(), longitude: z.number() }).nullable(),
});
export type LocationStats = z.infer<typeof LocationStatsSchema>;
