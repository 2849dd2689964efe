import type { ChatMessageEvent, MessagesReadEvent, TypingIndicatorEvent } from '@studymate/contract';
import type { ChatError, ChatState } from './connection-state.js';

/**
 * The server no longer had the messages this connection resumed from (its database was reset, or
 * `lastMessageId` was made up): the connection forgot its cursor and its `messages`, and new
 * messages follow. Reload the history over REST.
 */
export interface ChatHistoryReset {
  /** The cursor the server refused. */
  lastMessageId: number;
  /** The server's explanation. */
  message: string;
}

export interface ChatConnectionEvents extends Record<string, unknown> {
  state: ChatState;
  message: ChatMessageEvent;
  typing: TypingIndicatorEvent;
  read: MessagesReadEvent;
  error: ChatError;
  /** Local history is stale: see {@link ChatHistoryReset}. */
  reset: ChatHistoryReset;
}
