import { z } from 'zod';
import { ReferenceIdSchema, RequestDateSchema, TimestampSchema } from './common.js';
import { GoalTypeSchema } from './goal.js';
import { PaginationQuerySchema } from './pagination.js';
import { orderingSchema, searchSchema } from './reference-query.js';

const targetValue = z.number().nullable().describe('What the user aims for, in the unit of the goal.');
const targetDate = z.string().date().nullable().describe('YYYY-MM-DD');

/** One of the caller's goals, in lists. */
export const UserGoalListItemSchema = z.object({
  id: z.number().int(),
  goal: z.number().int().describe('Goal id.'),
  goal_code: z.string(),
  goal_name: z.string(),
  target_value: targetValue,
  target_date: targetDate,
});
export type UserGoalListItem = z.infer<typeof UserGoalListItemSchema>;

/** One of the caller's goals in detail; also the answer of create and update. */
export const UserGoalDetailSchema = z.object({
  id: z.number().int(),
  user: z.number().int(),
  user_email: z.string(),
  user_full_name: z.string(),
  goal: z.number().int().describe('Goal id.'),
  goal_code: z.string(),
  goal_name: z.string(),
  goal_type: GoalTypeSchema,
  target_value: targetValue,
  target_date: targetDate,
  created_at: TimestampSchema,
  updated_at: TimestampSchema,
});
export type UserGoalDetail = z.infer<typeof UserGoalDetailSchema>;

/** `POST /api/user-goals/` and `PUT /api/user-goals/{id}/` body. A goal is on a user's list once. */
export const UserGoalCreateRequestSchema = z.object({
  goal: ReferenceIdSchema.describe('Goal id.'),
  target_value: z.number().min(0).max(1_000_000).nullable().optional(),
  target_date: RequestDateSchema.nullable().optional().describe('YYYY-MM-DD'),
});
export type UserGoalCreateRequest = z.infer<typeof UserGoalCreateRequestSchema>;

/** `PATCH /api/user-goals/{id}/` body. */
export const UserGoalPatchRequestSchema = UserGoalCreateRequestSchema.partial();
export type UserGoalPatchRequest = z.infer<typeof UserGoalPatchRequestSchema>;

/** `GET /api/user-goals/` filters. */
export const UserGoalListQuerySchema = PaginationQuerySchema.extend({
  search: searchSchema('the goal code and name'),
  type: GoalTypeSchema.optional().describe("The goal's type."),
  ordering: orderingSchema(['target_value', 'target_date', 'created_at']),
});
export type UserGoalListQuery = z.infer<typeof UserGoalListQuerySchema>;
