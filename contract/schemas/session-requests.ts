import { z } from 'zod';
import {
  decimalTextSchema,
  IdSchema,
  LatitudeSchema,
  LongitudeSchema,
  MAX_INTEGER,
  ReferenceIdSchema,
  RequestDateOrTimestampSchema,
  RequestDateSchema,
  RequestTimestampSchema,
} from './common.js';
import { PaginationQuerySchema } from './pagination.js';
import { RecurrencePatternSchema, SessionStatusSchema, SessionTypeSchema } from './session.js';

const isoDate = RequestDateSchema.describe('YYYY-MM-DD');

/** Every writable field of a session. Type-specific and time rules are checked by the server. */
const SessionFieldsSchema = z.object({
  title: z.string().trim().min(1).max(200),
  description: z.string().max(5000).optional(),
  subject: ReferenceIdSchema.nullable().optional().describe('Subject id.'),
  session_type: SessionTypeSchema,
  location_name: z.string().trim().max(200).optional().describe('Required for in_person and hybrid.'),
  location_address: z.string().trim().max(500).optional(),
  latitude: LatitudeSchema.nullable().optional(),
  longitude: LongitudeSchema.nullable().optional(),
  meeting_link: z
    .string()
    .url()
    .max(500)
    .or(z.literal(''))
    .optional()
    .describe('Required for virtual and hybrid.'),
  start_time: RequestTimestampSchema.describe('Must be in the future.'),
  duration_minutes: z.number().int().min(1).max(1440),
  max_participants: z
    .number()
    .int()
    .min(2)
    .max(MAX_INTEGER)
    .nullable()
    .optional()
    .describe('null: no limit.'),
  recurrence_pattern: RecurrencePatternSchema.optional().describe('@default none'),
  recurrence_end_date: isoDate.nullable().optional().describe('Required unless the pattern is none.'),
});

/** `POST /api/sessions/` and `PUT /api/sessions/{id}/` body. */
export const SessionCreateRequestSchema = SessionFieldsSchema;
export type SessionCreateRequest = z.infer<typeof SessionCreateRequestSchema>;

/** `PATCH /api/sessions/{id}/` body. */
export const SessionPatchRequestSchema = SessionFieldsSchema.partial();
export type SessionPatchRequest = z.infer<typeof SessionPatchRequestSchema>;

/** `POST /api/sessions/{id}/join/` body (optional). */
export const JoinSessionRequestSchema = z.object({ notes: z.string().max(1000).optional() });

/** `GET /api/sessions/` filters. */
export const SessionListQuerySchema = PaginationQuerySchema.extend({
  status: z
    .union([SessionStatusSchema, z.literal('ongoing')])
    .optional()
    .describe('Effective status; `ongoing` is an alias of `in_progress`.'),
  session_type: SessionTypeSchema.optional(),
  subject: IdSchema.optional().describe('Subject id.'),
  time_filter: z
    .enum(['upcoming', 'past'])
    .optional()
    .describe('upcoming: starts now or later; past: started before now.'),
  date_from: RequestDateOrTimestampSchema.optional().describe(
    'Sessions starting at or after (a date means its start, UTC).',
  ),
  date_to: RequestDateOrTimestampSchema.optional().describe(
    'Sessions starting at or before (a date means its end, UTC).',
  ),
  host: IdSchema.optional().describe('Host user id.'),
});
export type SessionListQuery = z.infer<typeof SessionListQuerySchema>;

/** `GET /api/sessions/my_sessions/` query. */
export const MySessionsQuerySchema = z.object({
  role: z.enum(['hosting', 'attending']).optional().describe('Default: both.'),
});

/** `GET /api/sessions/monthly_sessions/` query: validated by the server with the seed's messages. */
export const MonthlySessionsQuerySchema = z.object({
  month: z.string().optional().describe('1-12 (required).'),
  year: z.string().optional().describe('e.g. 2025 (required).'),
});

/** `GET /api/sessions/nearby/` query. */
export const NearbySessionsQuerySchema = z.object({
  radius_km: decimalTextSchema(z.number().min(0.1).max(500)).optional().describe('@default 5'),
  session_type: SessionTypeSchema.optional(),
});
