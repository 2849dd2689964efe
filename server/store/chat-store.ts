import type { ConversationRecord, MessageRecord, Slice, SliceResult } from './records.js';

/** `after`: ids above it, oldest first; `before`: ids below it; neither: newest first. */
export interface MessageCursor {
  after?: number;
  before?: number;
}

export interface ChatRepo {
  findConversation(id: number): Promise<ConversationRecord | null>;
  /** Stores a message and bumps the conversation's activity; a repeated `clientId` from the sender returns the first one. */
  createMessage(message: Omit<MessageRecord, 'id'>): Promise<{ message: MessageRecord; created: boolean }>;
  findMessage(id: number): Promise<MessageRecord | null>;
  listMessages(
    conversationId: number,
    cursor: MessageCursor,
    slice: Slice,
  ): Promise<SliceResult<MessageRecord>>;
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
