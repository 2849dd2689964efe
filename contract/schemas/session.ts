import { z } from 'zod';
import { TimestampSchema } from './common.js';
import { FieldErrorsSchema } from './errors.js';
import { DistanceKmSchema, GeoJsonPointSchema } from './geo.js';
import { SubjectSummarySchema } from './subject.js';
import { UserSummarySchema } from './user.js';

export const SessionTypeSchema = z.enum(['in_person', 'virtual', 'hybrid']);
export type SessionType = z.infer<typeof SessionTypeSchema>;

/** Effective status: from the host's actions and the clock (see DESIGN §4.2). */
export const SessionStatusSchema = z.enum(['upcoming', 'in_progress', 'completed', 'cancelled']);
export type SessionStatus = z.infer<typeof SessionStatusSchema>;

export const RecurrencePatternSchema = z.enum(['none', 'daily', 'weekly', 'monthly']);
export type RecurrencePattern = z.infer<typeof RecurrencePatternSchema>;

/** `no_show`: still registered when the session completed. */
export const ParticipantStatusSchema = z.enum(['registered', 'attended', 'no_show', 'cancelled']);
export type ParticipantStatus = z.infer<typeof ParticipantStatusSchema>;

/** What the caller may do and is, on every session shape. */
const callerFields = {
  is_host: z.boolean(),
  is_participant: z.boolean(),
  is_checked_in: z.boolean(),
  can_join: z.boolean(),
  can_leave: z.boolean(),
  can_edit: z.boolean(),
  can_cancel: z.boolean(),
};

const capacityFields = {
  max_participants: z.number().int().nullable(),
  participant_count: z.number().int().describe('Registered and attended participants, the host included.'),
  is_full: z.boolean(),
  available_spots: z.number().int().nullable().describe('Seats left; null when there is no limit.'),
};

/** A session in lists (`/api/sessions/`, `my_sessions/`, `monthly_sessions/`, ...). */
export const SessionListItemSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  description: z.string(),
  host: UserSummarySchema,
  subject: SubjectSummarySchema.nullable(),
  session_type: SessionTypeSchema,
  location_name: z.string(),
  start_time: TimestampSchema,
  end_time: TimestampSchema,
  duration_minutes: z.number().int(),
  ...capacityFields,
  status: SessionStatusSchema,
  ...callerFields,
  created_at: TimestampSchema,
});
export type SessionListItem = z.infer<typeof SessionListItemSchema>;

/** A session in detail (no participants: see `participants/`). */
export const SessionDetailSchema = SessionListItemSchema.extend({
  location_address: z.string(),
  geom_point: GeoJsonPointSchema.nullable(),
  meeting_link: z.string(),
  recurrence_pattern: RecurrencePatternSchema,
  recurrence_end_date: z.string().nullable().describe('YYYY-MM-DD'),
  updated_at: TimestampSchema,
});
export type SessionDetail = z.infer<typeof SessionDetailSchema>;

/** A nearby session: the list shape with its distance. */
export const NearbySessionSchema = SessionListItemSchema.extend({ distance_km: DistanceKmSchema });
export type NearbySession = z.infer<typeof NearbySessionSchema>;

/** A participation in a session. */
export const ParticipantSchema = z.object({
  id: z.number().int(),
  user: UserSummarySchema,
  status: ParticipantStatusSchema,
  check_in_time: TimestampSchema.nullable(),
  check_out_time: TimestampSchema.nullable(),
  duration_minutes: z.number().int().nullable().describe('Whole minutes between check-in and check-out.'),
  notes: z.string(),
  joined_at: TimestampSchema,
  updated_at: TimestampSchema,
});
export type Participant = z.infer<typeof ParticipantSchema>;

/** The answer of `start/`, `complete/` and `cancel/`. */
export const SessionActionResultSchema = z.object({ message: z.string(), session: SessionDetailSchema });
export type SessionActionResult = z.infer<typeof SessionActionResultSchema>;

/** `monthly_sessions/` keeps the seed's error shape for its own checks of `month` and `year`. */
export const MonthlySessionsErrorSchema = z.object({ error: z.string() });

/**
 * A 400 of `monthly_sessions/`: the seed's `{error}` for a missing, non-integer or out-of-range
 * month or year; DRF field errors for input every route refuses before reading it (a NUL character).
 */
export const MonthlySessionsBadRequestSchema = z
  .union([MonthlySessionsErrorSchema, FieldErrorsSchema])
  .describe("Bad request: the seed's `{error}`, or field errors (a NUL character)");
