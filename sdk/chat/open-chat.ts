import { ChatSocketPaths } from '@studymate/contract';
import type { BackoffOptions } from './backoff.js';
import {
  ChatConnection,
  type ChatTimers,
  type NetworkStatus,
  type WebSocketConstructor,
} from './chat-connection.js';

/** Chat options of `createClient`. */
export interface ChatClientOptions {
  /** The WebSocket class. @default globalThis.WebSocket (on Node 20 pass `ws`'s, or run with --experimental-websocket) */
  WebSocket?: WebSocketConstructor;
  backoff?: Partial<BackoffOptions>;
  random?: () => number;
  timers?: ChatTimers;
  /** Retry an attempt whose room has not opened by then (an `error` `connection_failed`). @default 10 s */
  connectTimeoutMs?: number;
  heartbeatTimeoutMs?: number;
  typing?: { throttleMs?: number; idleMs?: number };
  /** Whether the device is online, and when that changes. @default the browser's `navigator.onLine` and its events */
  network?: NetworkStatus;
}

export interface OpenChatOptions {
  /** Resume after this message id (e.g. the newest one loaded over REST; 0: the whole history). Without it: from the room's newest. */
  lastMessageId?: number;
}

/** `client.chat.group(id)` and `client.chat.direct(id)`. */
export interface ChatOpeners {
  /** The group chat of `/ws/groups/{groupId}/chat/`. */
  group: (groupId: number, options?: OpenChatOptions) => ChatConnection;
  /** The direct conversation of `/ws/chat/{conversationId}/`. */
  direct: (conversationId: number, options?: OpenChatOptions) => ChatConnection;
}

/** The openers of a client's chat connections, on its base URL and with its fresh access token. */
export function chatOpeners(setup: {
  baseUrl: string;
  freshAccessToken: () => Promise<string | null>;
  options: ChatClientOptions;
}): ChatOpeners {
  const socketBase = setup.baseUrl.replace(/\/+$/, '').replace(/^http/, 'ws');
  const open = (path: string, options: OpenChatOptions = {}) => {
    const WebSocket =
      setup.options.WebSocket ?? (globalThis.WebSocket as unknown as WebSocketConstructor | undefined);
    if (!WebSocket) {
      throw new Error(
        'No WebSocket here: pass createClient({ chat: { WebSocket } }), e.g. the `ws` package on Node 20.',
      );
    }
    return new ChatConnection({
      ...setup.options,
      ...options,
      WebSocket,
      url: `${socketBase}${path}`,
      accessToken: setup.freshAccessToken,
    });
  };
  return {
    /** The group chat of `/ws/groups/{groupId}/chat/`. */
    group: (groupId: number, options?: OpenChatOptions) => open(ChatSocketPaths.group(groupId), options),
    /** The direct conversation of `/ws/chat/{conversationId}/`. */
    direct: (conversationId: number, options?: OpenChatOptions) =>
      open(ChatSocketPaths.direct(conversationId), options),
  };
}
