import { z } from 'zod';
import { IdSchema, ReferenceIdSchema, TimestampSchema } from './common.js';
import { MessageContentSchema } from './message.js';

/** A chat participant. */
export const ChatUserSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  full_name: z.string(),
  avatar_url: z.string().nullable(),
});
export type ChatUser = z.infer<typeof ChatUserSchema>;

/** A conversation in the caller's list, newest activity first. */
export const ConversationListItemSchema = z.object({
  id: z.number().int(),
  other_participant: ChatUserSchema,
  last_message_preview: z
    .object({ content: z.string(), sender_id: z.number().int(), created_at: TimestampSchema })
    .nullable(),
  last_message_at: TimestampSchema.nullable(),
  unread_count: z.number().int(),
});

/** A conversation in detail. */
export const ConversationSchema = z.object({
  id: z.number().int(),
  connection: z.number().int().describe('The connection (accepted request) id.'),
  participants: z.array(ChatUserSchema),
  other_participant: ChatUserSchema,
  last_message: z
    .object({
      id: z.number().int(),
      sender_id: z.number().int(),
      sender_name: z.string(),
      content: z.string(),
      is_read: z.boolean(),
      created_at: TimestampSchema,
    })
    .nullable(),
  unread_count: z.number().int(),
  last_message_at: TimestampSchema.nullable(),
  created_at: TimestampSchema,
});
export type Conversation = z.infer<typeof ConversationSchema>;

/** A direct message in history; `is_read`/`read_at`: read by its recipient. */
export const ChatMessageSchema = z.object({
  id: z.number().int(),
  sender_id: z.number().int(),
  sender_name: z.string(),
  sender_avatar: z.string().nullable(),
  content: z.string(),
  is_read: z.boolean(),
  read_at: TimestampSchema.nullable(),
  created_at: TimestampSchema,
});

/** A direct message as sent over HTTP. */
export const SentChatMessageSchema = z.object({
  id: z.number().int(),
  conversation: z.number().int(),
  sender: ChatUserSchema,
  content: z.string(),
  read_at: TimestampSchema.nullable(),
  is_read: z.boolean(),
  created_at: TimestampSchema,
  updated_at: TimestampSchema,
});

export const SendChatMessageRequestSchema = z.object({
  conversation: ReferenceIdSchema,
  content: MessageContentSchema,
});

export const StartConversationRequestSchema = z.object({ user_id: ReferenceIdSchema });

export const ByConnectionQuerySchema = z.object({
  connection_id: IdSchema.optional().describe('Required.'),
});
