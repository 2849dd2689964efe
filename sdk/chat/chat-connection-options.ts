import type { BackoffOptions } from './backoff.js';
import type { ChatTimers } from './chat-timers.js';
import type { NetworkStatus } from './network-status.js';
import type { WebSocketConstructor } from './web-socket-like.js';

export interface ChatConnectionOptions {
  /** e.g. `ws://localhost:8000/ws/chat/7/` (no query). */
  url: string;
  /** A valid access token (refreshed first when expired), or null when signed out. */
  accessToken: () => Promise<string | null>;
  WebSocket: WebSocketConstructor;
  backoff?: Partial<BackoffOptions>;
  /** [0, 1). @default Math.random */
  random?: () => number;
  timers?: ChatTimers;
  /**
   * Give up on an attempt whose room has not opened (no `connection_established`) by then: an
   * `error` of code `connection_failed`, and a retry after the backoff. @default 10 s
   */
  connectTimeoutMs?: number;
  /** Drop and reconnect when the server has not pinged for this long (`ws` sockets only). @default 75 s */
  heartbeatTimeoutMs?: number;
  /** `typing()` sends at most once per `throttleMs`, and stops after `idleMs` without a call. */
  typing?: { throttleMs?: number; idleMs?: number };
  /**
   * Resume after this message id on the first connect: every stored message with a larger id comes
   * first (0: the whole history). Without it, the connection starts at the room's newest message (the
   * server says which in `connection_established`) and resumes from there after a reconnect.
   * @default undefined
   */
  lastMessageId?: number;
  newClientId?: () => string;
  /**
   * Whether the device is online, and when that changes.
   * @default the browser's `navigator.onLine` and `online`/`offline` events; always online elsewhere
   */
  network?: NetworkStatus;
}
