import type { Slice, SliceResult } from './shared.js';
import type { UserRecord } from './users.js';

/** Conversations (a group's, or a direct one per accepted connection) and their messages. */

export interface ConversationRecord {
  id: number;
  kind: 'group' | 'direct';
  groupId: number | null;
  /** For direct conversations: the accepted connection request and its two users. */
  connectionId: number | null;
  participantIds: number[];
  createdAt: Date;
  /** Newest activity. */
  updatedAt: Date;
}

export interface MessageRecord {
  id: number;
  conversationId: number;
  senderId: number;
  content: string;
  /** The sender's idempotency key: resending the same one stores nothing new. */
  clientId: string | null;
  createdAt: Date;
}

/** `after`: ids above it, oldest first; `before`: ids below it; neither: newest first. */
export interface MessageCursor {
  after?: number;
  before?: number;
}

/** A listed message with its sender (null once the sender is gone) and when each asked reader read it. */
export interface ListedMessage {
  message: MessageRecord;
  sender: UserRecord | null;
  /** Reader id → when, for the readers the list asked about. */
  reads: Map<number, Date>;
}

export interface ChatRepo {
  findConversation(id: number): Promise<ConversationRecord | null>;
  /** The direct conversation of each of these connections, where there is one. */
  directConversationsOf(connectionIds: number[]): Promise<Map<number, ConversationRecord>>;
  /** Gets, or creates in one atomic step, the direct conversation of a connection. */
  ensureDirectConversation(connection: {
    connectionId: number;
    participantIds: number[];
    at: Date;
  }): Promise<{ conversation: ConversationRecord; created: boolean }>;
  /** The user's direct conversations, newest activity first. */
  listDirectConversations(userId: number, limit: number): Promise<ConversationRecord[]>;
  lastMessages(conversationIds: number[]): Promise<Map<number, MessageRecord>>;
  /** Messages from others the user has not read, per conversation. */
  unreadCounts(userId: number, conversationIds: number[]): Promise<Map<number, number>>;
  /** When each reader read each of these messages. */
  readTimes(messageIds: number[]): Promise<Map<number, Map<number, Date>>>;
  /** Stores a message and bumps the conversation's activity; a repeated `clientId` from the sender returns the first one. */
  createMessage(message: Omit<MessageRecord, 'id'>): Promise<{ message: MessageRecord; created: boolean }>;
  findMessage(id: number): Promise<MessageRecord | null>;
  listMessages(
    conversationId: number,
    cursor: MessageCursor,
    slice: Slice,
  ): Promise<SliceResult<MessageRecord>>;
  /**
   * `listMessages`, each with its sender and when each of `readerIds` read it, read with the page
   * (Postgres: one statement).
   */
  listMessagesWithReads(
    conversationId: number,
    window: { cursor: MessageCursor; slice: Slice },
    readerIds: number[],
  ): Promise<SliceResult<ListedMessage>>;
  /** Which of these messages the user has read. */
  readMessageIds(userId: number, messageIds: number[]): Promise<Set<number>>;
  /** Marks others' unread messages (the given ones, or all) read by the user; answers those newly marked. */
  markRead(read: {
    conversationId: number;
    userId: number;
    messageIds: number[] | null;
    at: Date;
  }): Promise<number[]>;
}
