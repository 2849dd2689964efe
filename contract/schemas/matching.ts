import { z } from 'zod';
import { ReferenceIdSchema, TimestampSchema } from './common.js';
import { PageNumberSchema } from './pagination.js';
import { UserBriefSchema } from './user.js';

/** pending → accepted (messaging on) | rejected | blocked. */
export const ConnectionStateSchema = z.enum(['pending', 'accepted', 'rejected', 'blocked']);
export type ConnectionStateValue = z.infer<typeof ConnectionStateSchema>;

/** A connection request as listed. */
export const ConnectionRequestListItemSchema = z.object({
  id: z.number().int(),
  sender_name: z.string(),
  sender_avatar: z.string().nullable(),
  receiver_name: z.string(),
  receiver_avatar: z.string().nullable(),
  state: ConnectionStateSchema,
  message: z.string(),
  created_at: TimestampSchema,
});
export type ConnectionRequestListItem = z.infer<typeof ConnectionRequestListItemSchema>;

/** A connection request in detail, with what the caller may do. */
export const ConnectionRequestSchema = z.object({
  id: z.number().int(),
  sender: UserBriefSchema,
  receiver: UserBriefSchema,
  state: ConnectionStateSchema,
  message: z.string(),
  created_at: TimestampSchema,
  updated_at: TimestampSchema,
  accepted_at: TimestampSchema.nullable(),
  rejected_at: TimestampSchema.nullable(),
  can_accept: z.boolean(),
  can_reject: z.boolean(),
  can_message: z.boolean(),
});
export type ConnectionRequest = z.infer<typeof ConnectionRequestSchema>;

export const SendConnectionRequestSchema = z.object({
  receiver_id: ReferenceIdSchema,
  message: z.string().max(1000).optional(),
});

export const ConnectionRequestQuerySchema = z.object({
  state: ConnectionStateSchema.optional(),
  page: PageNumberSchema.optional().describe('Page number (default 1).'),
  page_size: PageNumberSchema.optional().describe('Items per page (max 100).'),
});

export const PendingRequestsSchema = z.object({
  sent: z.array(ConnectionRequestListItemSchema),
  received: z.array(ConnectionRequestListItemSchema),
});

/** An accepted connection, seen from the caller: `user` is the other side. */
export const ConnectionSchema = z.object({
  id: z.number().int(),
  user: UserBriefSchema,
  connection_state: ConnectionStateSchema,
  accepted_at: TimestampSchema.nullable(),
  can_message: z.boolean(),
  conversation_id: z.number().int().nullable(),
});
export type Connection = z.infer<typeof ConnectionSchema>;

export const ConnectionStatisticsSchema = z.object({
  sent_pending: z.number().int(),
  received_pending: z.number().int(),
  accepted_connections: z.number().int(),
  total_requests: z.number().int().describe('Pending requests, sent plus received.'),
});

/** The caller (user1) and another user (user2). */
export const ConnectionStatusSchema = z.object({
  connected: z.boolean(),
  can_message: z.boolean(),
  user1_sent: z.boolean(),
  user2_sent: z.boolean(),
  user1_request_state: ConnectionStateSchema.nullable(),
  user2_request_state: ConnectionStateSchema.nullable(),
});
