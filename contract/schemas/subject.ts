import { z } from 'zod';
import { TimestampSchema } from './common.js';
import { PaginationQuerySchema } from './pagination.js';
import { orderingSchema, searchSchema } from './reference-query.js';

/** How advanced a subject is, or how far a user is in it. */
export const SubjectLevelSchema = z.enum(['beginner', 'intermediate', 'advanced', 'expert']);
export type SubjectLevel = z.infer<typeof SubjectLevelSchema>;

/** A subject as embedded in sessions and groups. */
export const SubjectSummarySchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name_en: z.string(),
  name_vi: z.string(),
  level: SubjectLevelSchema,
});
export type SubjectSummary = z.infer<typeof SubjectSummarySchema>;

const userCount = z.number().int().min(0).describe('Users who have the subject on their list.');

/** A subject in lists. */
export const SubjectListItemSchema = SubjectSummarySchema.extend({ user_count: userCount });
export type SubjectListItem = z.infer<typeof SubjectListItemSchema>;

/** A subject in detail; also the answer of create and update. */
export const SubjectDetailSchema = SubjectSummarySchema.extend({
  created_at: TimestampSchema,
  updated_at: TimestampSchema,
  user_count: userCount,
  learners_count: z.number().int().min(0).describe('User subjects with intent learn or both.'),
  teachers_count: z.number().int().min(0).describe('User subjects with intent teach or both.'),
});
export type SubjectDetail = z.infer<typeof SubjectDetailSchema>;

/** `POST /api/subjects/` and `PUT /api/subjects/{id}/` body. `code` is unique. */
export const SubjectCreateRequestSchema = z.object({
  code: z.string().trim().min(1).max(20),
  name_en: z.string().trim().min(1).max(255),
  name_vi: z.string().trim().max(255).optional(),
  level: SubjectLevelSchema.optional().describe('@default beginner'),
});
export type SubjectCreateRequest = z.infer<typeof SubjectCreateRequestSchema>;

/** `PATCH /api/subjects/{id}/` body. */
export const SubjectPatchRequestSchema = SubjectCreateRequestSchema.partial();
export type SubjectPatchRequest = z.infer<typeof SubjectPatchRequestSchema>;

/** `GET /api/subjects/` filters. */
export const SubjectListQuerySchema = PaginationQuerySchema.extend({
  search: searchSchema('code, name_vi and name_en'),
  level: SubjectLevelSchema.optional(),
  ordering: orderingSchema(['code', 'name_en', 'created_at']),
});
export type SubjectListQuery = z.infer<typeof SubjectListQuerySchema>;
