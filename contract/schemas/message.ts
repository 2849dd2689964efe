import { z } from 'zod';
import { IdSchema, integerTextSchema, MAX_INTEGER, ReferenceIdSchema, TimestampSchema } from './common.js';
import { LimitedPaginationQuerySchema } from './pagination.js';
import { UserSummarySchema } from './user.js';

/** Message text: trimmed, 1 to 5000 characters. */
export const MessageContentSchema = z.string().trim().min(1).max(5000);

/** A message of a group conversation. */
export const GroupMessageSchema = z.object({
  id: z.number().int(),
  conversation: z.number().int(),
  sender: UserSummarySchema,
  content: z.string(),
  is_read: z.boolean().describe('Read by the caller (always true for their own messages).'),
  created_at: TimestampSchema,
});
export type GroupMessage = z.infer<typeof GroupMessageSchema>;

export const SendMessageRequestSchema = z.object({ content: MessageContentSchema });

/** History query: newest first, 50 a page; `after`/`before` are message-id cursors. */
export const MessageHistoryQuerySchema = LimitedPaginationQuerySchema.extend({
  after: integerTextSchema(z.number().int().min(0).max(MAX_INTEGER))
    .optional()
    .describe('Only messages with a larger id, oldest first.'),
  before: IdSchema.optional().describe('Only messages with a smaller id.'),
});
export type MessageHistoryQuery = z.infer<typeof MessageHistoryQuerySchema>;

/** `mark_read/` body: without `message_ids`, every unread message from others. */
export const MarkReadRequestSchema = z.object({
  message_ids: z.array(ReferenceIdSchema).max(1000).optional(),
});

export const MarkReadResultSchema = z.object({ message: z.string(), marked_count: z.number().int() });
