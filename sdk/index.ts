export {
  createClient,
  createClientFor,
  type CreateClientOptions,
  type StudyMateClient,
  type StudyMateClientFor,
} from './client.js';
export { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from './chat/backoff.js';
export {
  ChatConnection,
  type ChatConnectionEvents,
  type ChatConnectionOptions,
  type ChatHistoryReset,
  type ChatTimers,
  type NetworkStatus,
  type WebSocketConstructor,
  type WebSocketLike,
} from './chat/chat-connection.js';
export {
  ChatClosedError,
  ChatSendError,
  type ChatError,
  type ChatErrorCode,
  type ChatState,
} from './chat/connection-state.js';
export type { ChatClientOptions, ChatOpeners, OpenChatOptions } from './chat/open-chat.js';
export { createMemoryTokenStore, createWebStorageTokenStore, type TokenStore } from './token-store.js';
export { contract, type Contract } from '@studymate/contract';
/** Thrown by a call whose answer has a status the route does not declare: every 5xx, real or forced. */
export { UnknownStatusError } from '@ts-rest/core';
export type * from '@studymate/contract';
