import { z } from 'zod';
import { ReferenceIdSchema, TimestampSchema } from '../schemas/common.js';
import { MessageContentSchema } from '../schemas/message.js';

/**
 * The chat WebSocket protocol of `/ws/groups/{group_id}/chat/` and `/ws/chat/{conversation_id}/`,
 * exactly as seeds 000 and 001 name the events, plus DESIGN §5's additions (`client_id`, resume
 * by `?last_message_id=`, close codes). Connect with `?token=<access>` or an Authorization header.
 */

/** A client's idempotency key for a message: resending it never stores the message twice. */
export const ClientIdSchema = z.string().min(1).max(64);

// Client → server

export const SendChatMessageEventSchema = z.object({
  type: z.literal('chat_message'),
  content: MessageContentSchema,
  /** Echoed on the broadcast; a repeat from the same user in the same room is not stored twice. */
  client_id: ClientIdSchema.optional(),
});

export const SendTypingEventSchema = z.object({
  type: z.literal('typing_indicator'),
  is_typing: z.boolean(),
});

export const SendMessageReadEventSchema = z.object({
  type: z.literal('message_read'),
  message_ids: z.array(ReferenceIdSchema).min(1).max(1000),
});

/** Every event a client may send. */
export const ClientEventSchema = z.discriminatedUnion('type', [
  SendChatMessageEventSchema,
  SendTypingEventSchema,
  SendMessageReadEventSchema,
]);
export type ClientEvent = z.infer<typeof ClientEventSchema>;

// Server → client

/** Sent first on every accepted connection. */
export const ConnectionEstablishedEventSchema = z.object({
  type: z.literal('connection_established'),
  message: z.string(),
  /**
   * Beyond the seeds (a plain client ignores it): the room's newest message id when this socket
   * joined (0 when the room has none). Every message with a larger id reaches this socket, after
   * the resumed backlog if any. A client that connected without `?last_message_id=` resumes from
   * this id when it reconnects, so no message sent while it was away is lost.
   * @example 42
   */
  last_message_id: z.number().int().nonnegative().optional(),
});

/** A stored message, delivered to every socket in the room, the sender's included. */
export const ChatMessageEventSchema = z.object({
  type: z.literal('chat_message'),
  message_id: z.number().int(),
  sender_id: z.number().int(),
  sender_name: z.string(),
  sender_avatar: z.string().nullable(),
  content: z.string(),
  created_at: TimestampSchema,
  /** The sender's idempotency key, when it gave one. */
  client_id: ClientIdSchema.nullable().optional(),
});
export type ChatMessageEvent = z.infer<typeof ChatMessageEventSchema>;

/** Someone else is (or stopped) typing; never sent back to the typist. */
export const TypingIndicatorEventSchema = z.object({
  type: z.literal('typing_indicator'),
  user_id: z.number().int(),
  user_name: z.string(),
  is_typing: z.boolean(),
});
export type TypingIndicatorEvent = z.infer<typeof TypingIndicatorEventSchema>;

/** Read receipts: `user_id` read these messages. */
export const MessagesReadEventSchema = z.object({
  type: z.literal('messages_read'),
  user_id: z.number().int(),
  message_ids: z.array(z.number().int()),
  read_at: TimestampSchema,
});
export type MessagesReadEvent = z.infer<typeof MessagesReadEventSchema>;

/** Bad input never closes the socket: the server answers with this event. */
export const ErrorEventSchema = z.object({
  type: z.literal('error'),
  message: z.string(),
  /**
   * Machine-readable: `invalid_json`, `invalid_event`, `forbidden`, `read_only`, and the rate
   * limits, counted per user and room over all their sockets (and REST, for messages):
   * - `rate_limited`: a `chat_message` over the budget (default 20 per 10 s); it was not stored.
   *   Sent for every refused message that has a `client_id` (echoed here), else once per flood.
   *   REST sends answer 429 instead.
   * - `typing_rate_limited`: typing indicators over the budget (default 3 a second) are dropped;
   *   sent once per flood, not per dropped frame.
   * - `read_rate_limited`: `message_read` events over the budget (default 10 a second) are not
   *   recorded; sent once per flood. Mark them again later (or over REST `mark_read`).
   * - `resume_reset` ({@link RESUME_RESET_CODE}): `?last_message_id=` was past the room's newest
   *   message; the socket resumes from the newest one.
   */
  code: z.string().optional(),
  /** The refused `chat_message`'s `client_id`, when it had one: that message was not stored. */
  client_id: ClientIdSchema.optional(),
});
export type ErrorEvent = z.infer<typeof ErrorEventSchema>;

/**
 * The `error` code sent right after `connection_established` when `?last_message_id=` is past the
 * room's newest message (an id kept across a database reset, or made up). The server resumes from
 * the newest message instead: it replays nothing and delivers every message that comes after, with
 * ids that may be lower than the one given. The socket stays open. The client's history and cursor
 * are stale: take `connection_established`'s `last_message_id` as the cursor and reload the history
 * over REST.
 * @example { "type": "error", "code": "resume_reset", "message": "..." }
 */
export const RESUME_RESET_CODE = 'resume_reset';

/** Every event the server sends. */
export const ServerEventSchema = z.discriminatedUnion('type', [
  ConnectionEstablishedEventSchema,
  ChatMessageEventSchema,
  TypingIndicatorEventSchema,
  MessagesReadEventSchema,
  ErrorEventSchema,
]);
export type ServerEvent = z.infer<typeof ServerEventSchema>;

/** Close codes after which a client must not reconnect. */
export const CloseCode = {
  /** No valid access token. */
  unauthenticated: 4001,
  /** Not an active member of the group / no accepted, unblocked connection. */
  forbidden: 4003,
  /** The room does not exist (or is not visible to the caller). */
  unknownRoom: 4004,
} as const;

/** Codes a client treats as final. */
export const FINAL_CLOSE_CODES: readonly number[] = Object.values(CloseCode);

/** The two chat URLs, as path patterns. */
export const ChatSocketPaths = {
  group: (groupId: number) => `/ws/groups/${groupId}/chat/`,
  direct: (conversationId: number) => `/ws/chat/${conversationId}/`,
} as const;
