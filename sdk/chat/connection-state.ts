/**
 * Where a chat connection is: it reconnects by itself from `reconnecting`; in `offline` (the
 * browser says there is no network) it waits for the network and tries at once when it is back;
 * `closed` is final.
 */
export type ChatState = 'idle' | 'connecting' | 'open' | 'reconnecting' | 'offline' | 'closed';

/** Why a connection reports an error. */
export type ChatErrorCode =
  /** The server refused for good (4001 unauthenticated, 4003 forbidden, 4004 unknown room): no retry. */
  | 'closed_by_server'
  /** The server answered an `error` event (invalid input, rate limit...). */
  | 'server_error'
  /** A frame did not match the contract. */
  | 'invalid_event'
  /**
   * An attempt failed before the room opened (refused, dropped, or no answer within
   * `connectTimeoutMs`): retried after the backoff. The message names the URL and the close code.
   */
  | 'connection_failed'
  /** No heartbeat in time: the connection is dropped and retried. */
  | 'heartbeat_timeout'
  /** No access token could be obtained. */
  | 'unauthenticated';

export interface ChatError {
  code: ChatErrorCode;
  message: string;
  /** The WebSocket close code, for `closed_by_server`. */
  closeCode?: number;
  /** The server's own code, for `server_error` (e.g. `rate_limited`). */
  serverCode?: string;
}

/** Thrown into a `send()` promise when the server refused that message (rate limit, permission). */
export class ChatSendError extends Error {
  constructor(readonly error: ChatError) {
    super(error.message);
    this.name = 'ChatSendError';
  }
}

/** Thrown into `send()` promises when the connection closes for good. */
export class ChatClosedError extends Error {
  constructor(readonly reason: ChatError | null) {
    super(reason ? reason.message : 'The chat connection was closed.');
    this.name = 'ChatClosedError';
  }
}
