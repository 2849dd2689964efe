import { z } from 'zod';
import { TimestampSchema } from './common.js';
import { PaginationQuerySchema } from './pagination.js';
import { orderingSchema, searchSchema } from './reference-query.js';

export const GoalTypeSchema = z.enum(['daily', 'weekly', 'monthly', 'yearly', 'milestone']);
export type GoalType = z.infer<typeof GoalTypeSchema>;

const userCount = z.number().int().min(0).describe('Users who have the goal on their list.');

/** A goal in lists. */
export const GoalListItemSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  type: GoalTypeSchema,
  user_count: userCount,
});
export type GoalListItem = z.infer<typeof GoalListItemSchema>;

/** A goal in detail; also the answer of create and update. */
export const GoalDetailSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  type: GoalTypeSchema,
  created_at: TimestampSchema,
  updated_at: TimestampSchema,
  user_count: userCount,
  avg_target_value: z
    .number()
    .nullable()
    .describe("Mean of the users' target values, to two decimals; null when no user has set one."),
});
export type GoalDetail = z.infer<typeof GoalDetailSchema>;

/** `POST /api/goals/` and `PUT /api/goals/{id}/` body. `code` is unique. */
export const GoalCreateRequestSchema = z.object({
  code: z.string().trim().min(1).max(50),
  name: z.string().trim().min(1).max(255),
  type: GoalTypeSchema,
});
export type GoalCreateRequest = z.infer<typeof GoalCreateRequestSchema>;

/** `PATCH /api/goals/{id}/` body. */
export const GoalPatchRequestSchema = GoalCreateRequestSchema.partial();
export type GoalPatchRequest = z.infer<typeof GoalPatchRequestSchema>;

/** `GET /api/goals/` filters. */
export const GoalListQuerySchema = PaginationQuerySchema.extend({
  search: searchSchema('code and name'),
  type: GoalTypeSchema.optional(),
  ordering: orderingSchema(['code', 'name', 'type', 'created_at']),
});
export type GoalListQuery = z.infer<typeof GoalListQuerySchema>;
