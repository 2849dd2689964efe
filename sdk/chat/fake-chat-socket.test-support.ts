/**
 * The harness of ChatConnection's suites (chat-connection*.test.ts): socket doubles that record
 * what the client sends and let the test play the server, and a connection wired to them. Test
 * code only: nothing the package exports imports it, so the build leaves it out.
 */
import { ChatConnection, type ChatConnectionOptions, type WebSocketConstructor } from './chat-connection.js';
import type { ChatMessageEvent } from '@studymate/contract';
import type { WebSocketLike } from './web-socket-like.js';

/** Stored message `id` from member 2, as the server sends it (with `client_id` when it echoes one). */
export function chatMessageEvent(id: number, clientId?: string): ChatMessageEvent {
  return {
    type: 'chat_message',
    message_id: id,
    sender_id: 2,
    sender_name: 'B',
    sender_avatar: null,
    content: `message ${id}`,
    created_at: '2026-01-01T00:00:00Z',
    ...(clientId && { client_id: clientId }),
  };
}

/** The browser's WebSocket: no pings to watch and no `terminate()`. */
export class FakeSocket implements WebSocketLike {
  /** Every socket the client opened, oldest first: a suite empties it before each test. */
  static instances: FakeSocket[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: ((event: { code: number; reason: string }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  sent: unknown[] = [];
  closedWith: [number | undefined, string | undefined] | null = null;

  constructor(readonly url: string) {
    FakeSocket.instances.push(this);
  }
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close(code?: number, reason?: string) {
    this.closedWith = [code, reason];
  }
  serverSend(event: unknown) {
    this.onmessage?.({ data: JSON.stringify(event) });
  }
  serverClose(code: number, reason = '') {
    this.onclose?.({ code, reason });
  }
  /** Plays `connection_established`, telling the room's newest message id when given (a seed's server does not). */
  establish(newest?: number) {
    this.serverSend({
      type: 'connection_established',
      message: 'Connected to chat',
      ...(newest !== undefined && { last_message_id: newest }),
    });
  }
  /** Plays a stored message `id` arriving, as the echo of the client's `clientId` when given. */
  deliver(id: number, clientId?: string) {
    this.serverSend(chatMessageEvent(id, clientId));
  }
}

/** A socket whose pings the client watches, without `terminate()`: a silent one is closed instead. */
export class FakeSocketWithPings extends FakeSocket {
  private pingListener: (() => void) | null = null;

  on(_event: 'ping', listener: () => void) {
    this.pingListener = listener;
  }
  /** Plays the server's ping; fails when the client watches none. */
  ping() {
    if (!this.pingListener) throw new Error('The client watches no pings on this socket');
    this.pingListener();
  }
}

/** The `ws` package's socket: pings, and `terminate()`, which drops it as a dead network would (1006). */
export class FakeWsSocket extends FakeSocketWithPings {
  terminate() {
    this.serverClose(1006);
  }
}

/** The socket the client opened last, as the kind of double the suite gave it. */
export function latestSocket<Socket extends FakeSocket>(kind: new (url: string) => Socket): Socket {
  const socket = FakeSocket.instances.at(-1);
  if (!(socket instanceof kind)) throw new Error(`The client opened no ${kind.name}`);
  return socket;
}

/**
 * A connection to room 1 with `token-1` over `WebSocket`: timers on the test's (fake) clock,
 * `random()` 0.5, client ids c1, c2, …; `overrides` replace any of these.
 */
export function fakeChatConnection(
  WebSocket: WebSocketConstructor,
  overrides: Partial<ChatConnectionOptions> = {},
): ChatConnection {
  let next = 0;
  return new ChatConnection({
    url: 'ws://chat.test/ws/chat/1/',
    accessToken: () => Promise.resolve('token-1'),
    WebSocket,
    random: () => 0.5,
    timers: {
      setTimeout: (callback, ms) => setTimeout(callback, ms),
      clearTimeout: (handle) => clearTimeout(handle as number),
      now: () => Date.now(),
    },
    newClientId: () => `c${(next += 1)}`,
    ...overrides,
  });
}
