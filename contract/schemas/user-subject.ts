import { z } from 'zod';
import { ReferenceIdSchema, TimestampSchema } from './common.js';
import { PaginationQuerySchema } from './pagination.js';
import { orderingSchema, searchSchema } from './reference-query.js';
import { SubjectLevelSchema } from './subject.js';

/** Why a user has a subject on their list; `both` counts as a learner and as a teacher. */
export const SubjectIntentSchema = z.enum(['learn', 'teach', 'both']);
export type SubjectIntent = z.infer<typeof SubjectIntentSchema>;

/** One of the caller's subjects, in lists. */
export const UserSubjectListItemSchema = z.object({
  id: z.number().int(),
  subject: z.number().int().describe('Subject id.'),
  subject_code: z.string(),
  subject_name_en: z.string(),
  level: SubjectLevelSchema.describe("The user's level in the subject."),
  intent: SubjectIntentSchema,
});
export type UserSubjectListItem = z.infer<typeof UserSubjectListItemSchema>;

/** One of the caller's subjects in detail; also the answer of create and update. */
export const UserSubjectDetailSchema = z.object({
  id: z.number().int(),
  user: z.number().int(),
  user_email: z.string(),
  user_full_name: z.string(),
  subject: z.number().int().describe('Subject id.'),
  subject_code: z.string(),
  subject_name_vi: z.string(),
  subject_name_en: z.string(),
  subject_level: SubjectLevelSchema.describe("The subject's own level."),
  level: SubjectLevelSchema.describe("The user's level in the subject."),
  intent: SubjectIntentSchema,
  note: z.string(),
  created_at: TimestampSchema,
  updated_at: TimestampSchema,
});
export type UserSubjectDetail = z.infer<typeof UserSubjectDetailSchema>;

/** `POST /api/user-subjects/` and `PUT /api/user-subjects/{id}/` body. A subject is on a user's list once. */
export const UserSubjectCreateRequestSchema = z.object({
  subject: ReferenceIdSchema.describe('Subject id.'),
  level: SubjectLevelSchema.optional().describe('@default beginner'),
  intent: SubjectIntentSchema.optional().describe('@default learn'),
  note: z.string().max(1000).optional(),
});
export type UserSubjectCreateRequest = z.infer<typeof UserSubjectCreateRequestSchema>;

/** `PATCH /api/user-subjects/{id}/` body. */
export const UserSubjectPatchRequestSchema = UserSubjectCreateRequestSchema.partial();
export type UserSubjectPatchRequest = z.infer<typeof UserSubjectPatchRequestSchema>;

/** `GET /api/user-subjects/` filters. */
export const UserSubjectListQuerySchema = PaginationQuerySchema.extend({
  search: searchSchema('the subject code, name_vi and name_en'),
  level: SubjectLevelSchema.optional().describe("The user's level."),
  intent: SubjectIntentSchema.optional(),
  ordering: orderingSchema(['level', 'intent', 'created_at']),
});
export type UserSubjectListQuery = z.infer<typeof UserSubjectListQuerySchema>;
