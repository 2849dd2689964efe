import {
  FINAL_CLOSE_CODES,
  RESUME_RESET_CODE,
  ServerEventSchema,
  type ChatMessageEvent,
  type ClientEvent,
  type MessagesReadEvent,
  type TypingIndicatorEvent,
} from '../../contract/index.js';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from './backoff.js';
import { ChatClosedError, ChatSendError, type ChatError, type ChatState } from './connection-state.js';
import { Emitter } from './emitter.js';
import { Outbox } from './outbox.js';

/** What the client needs of a WebSocket: the browser's, Node's global, or the `ws` package's. */
export interface WebSocketLike {
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number; reason: string }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  /** `ws` only: lets the client watch the server's pings. */
  on?(event: 'ping', listener: () => void): unknown;
  terminate?(): void;
}
export type WebSocketConstructor = new (url: string) => WebSocketLike;

/** Injectable time, for tests with fake timers. */
export interface ChatTimers {
  setTimeout(callback: () => void, milliseconds: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

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
}

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

const systemTimers: ChatTimers = {
  setTimeout: (callback, milliseconds) => globalThis.setTimeout(callback, milliseconds),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
  now: () => Date.now(),
};

/**
 * A chat room connection that reconnects by itself (full-jitter backoff), resumes from the last
 * message it saw so its log has no gap and no duplicate, and queues `send()` while offline.
 */
export class ChatConnection {
  private readonly events = new Emitter<ChatConnectionEvents>();
  private readonly outbox = new Outbox();
  private readonly log: ChatMessageEvent[] = [];
  private readonly timers: ChatTimers;
  private readonly timerHandles = new Map<string, unknown>();
  private socket: WebSocketLike | null = null;
  private current: ChatState = 'idle';
  private attempt = 0;
  /** The resume cursor: the newest message seen, or where the server started us; null before either. */
  private lastSeenId: number | null;
  /** The room's newest message id the server told on the latest `connection_established`. */
  private newestAtOpen: number | null = null;
  private typingSince: number | null = null;

  constructor(private readonly options: ChatConnectionOptions) {
    this.timers = options.timers ?? systemTimers;
    this.lastSeenId = options.lastMessageId ?? null;
    void this.connect();
  }

  get state(): ChatState {
    return this.current;
  }

  /**
   * Every message received, in server order, without gaps or duplicates since the first connect
   * (or the last `reset`).
   */
  get messages(): readonly ChatMessageEvent[] {
    return this.log;
  }

  on<Name extends keyof ChatConnectionEvents>(
    name: Name,
    listener: (payload: ChatConnectionEvents[Name]) => void,
  ) {
    return this.events.on(name, listener);
  }

  /** Sends now, or when back online; settles with the server's echo of this very message. */
  send(content: string): Promise<ChatMessageEvent> {
    if (this.current === 'closed') return Promise.reject(new ChatClosedError(null));
    const clientId = this.options.newClientId?.() ?? crypto.randomUUID();
    const echoed = this.outbox.add(clientId, content);
    if (this.current === 'open') this.transmit({ type: 'chat_message', content, client_id: clientId });
    return echoed;
  }

  /** Says the user is typing: throttled, with an automatic stop after a pause. */
  typing(): void {
    if (this.current !== 'open') return;
    const { throttleMs = 2_000, idleMs = 3_000 } = this.options.typing ?? {};
    const now = this.timers.now();
    if (this.typingSince === null || now - this.typingSince >= throttleMs) {
      this.transmit({ type: 'typing_indicator', is_typing: true });
      this.typingSince = now;
    }
    this.schedule('typing', idleMs, () => {
      this.typingSince = null;
      if (this.current === 'open') this.transmit({ type: 'typing_indicator', is_typing: false });
    });
  }

  /** Read receipts for these messages (dropped while offline: mark them again after). */
  markRead(messageIds: number[]): void {
    if (this.current === 'open' && messageIds.length > 0)
      this.transmit({ type: 'message_read', message_ids: messageIds });
  }

  /** Closes for good and releases every timer and listener; pending sends reject. */
  close(): void {
    if (this.current === 'closed') return;
    this.finish(null);
  }

  private transition(next: ChatState): void {
    if (this.current === next) return;
    this.current = next;
    this.events.emit('state', next);
  }

  private async connect(): Promise<void> {
    this.transition(this.attempt === 0 ? 'connecting' : 'reconnecting');
    const token = await this.options.accessToken().catch(() => null);
    if (this.current === 'closed') return;
    if (!token) {
      this.finish({ code: 'unauthenticated', message: 'No access token: sign in first.' });
      return;
    }
    const query = new URLSearchParams({ token });
    if (this.lastSeenId !== null) query.set('last_message_id', String(this.lastSeenId));
    let socket: WebSocketLike;
    try {
      socket = new this.options.WebSocket(`${this.options.url}?${query.toString()}`);
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    socket.onmessage = (event) => this.receive(event.data);
    socket.onclose = (event) => this.onClose(socket, event.code, event.reason);
    socket.onerror = () => undefined;
    socket.on?.('ping', () => this.armHeartbeat());
  }

  private receive(data: unknown): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(typeof data === 'string' ? data : String(data));
    } catch {
      parsed = undefined;
    }
    const event = ServerEventSchema.safeParse(parsed);
    if (!event.success) {
      this.events.emit('error', {
        code: 'invalid_event',
        message: 'The server sent an event outside the contract.',
      });
      return;
    }
    switch (event.data.type) {
      case 'connection_established':
        // Without a cursor yet, start from where the server started this socket: a reconnect then
        // resumes, and nothing sent while away is lost.
        this.newestAtOpen = event.data.last_message_id ?? null;
        this.lastSeenId ??= this.newestAtOpen;
        this.attempt = 0;
        this.transition('open');
        this.armHeartbeat();
        for (const { clientId, content } of this.outbox.entries()) {
          this.transmit({ type: 'chat_message', content, client_id: clientId });
        }
        return;
      case 'chat_message':
        this.outbox.settle(event.data);
        if (this.lastSeenId !== null && event.data.message_id <= this.lastSeenId) return;
        this.lastSeenId = event.data.message_id;
        this.log.push(event.data);
        this.events.emit('message', event.data);
        return;
      case 'typing_indicator':
        this.events.emit('typing', event.data);
        return;
      case 'messages_read':
        this.events.emit('read', event.data);
        return;
      case 'error': {
        if (event.data.code === RESUME_RESET_CODE) {
          this.resetHistory(event.data.message);
          return;
        }
        const error: ChatError = {
          code: 'server_error',
          message: event.data.message,
          ...(event.data.code && { serverCode: event.data.code }),
        };
        if (event.data.client_id) this.outbox.reject(event.data.client_id, new ChatSendError(error));
        this.events.emit('error', error);
        return;
      }
    }
  }

  /** The server resumed from its newest message: later ids may be lower than ours, so take its cursor. */
  private resetHistory(message: string): void {
    const lastMessageId = this.lastSeenId ?? 0;
    this.lastSeenId = this.newestAtOpen;
    this.log.length = 0;
    this.events.emit('reset', { lastMessageId, message });
  }

  private onClose(socket: WebSocketLike, code: number, reason: string): void {
    if (socket !== this.socket) return;
    this.socket = null;
    this.cancel('heartbeat');
    if (this.current === 'closed') return;
    if (FINAL_CLOSE_CODES.includes(code)) {
      this.finish({
        code: 'closed_by_server',
        closeCode: code,
        message: reason || `Closed by the server (${code}).`,
      });
      return;
    }
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    this.transition('reconnecting');
    const delay = backoffDelay(
      this.attempt,
      { ...DEFAULT_BACKOFF, ...this.options.backoff },
      this.options.random ?? Math.random,
    );
    this.attempt += 1;
    this.schedule('reconnect', delay, () => void this.connect());
  }

  private armHeartbeat(): void {
    const socket = this.socket;
    if (!socket?.on) return;
    this.schedule('heartbeat', this.options.heartbeatTimeoutMs ?? 75_000, () => {
      this.events.emit('error', {
        code: 'heartbeat_timeout',
        message: 'The server stopped answering; reconnecting.',
      });
      if (socket.terminate) socket.terminate();
      else socket.close(4000, 'Heartbeat timeout');
    });
  }

  private transmit(event: ClientEvent): void {
    this.socket?.send(JSON.stringify(event));
  }

  private schedule(name: string, milliseconds: number, callback: () => void): void {
    this.cancel(name);
    this.timerHandles.set(
      name,
      this.timers.setTimeout(() => {
        this.timerHandles.delete(name);
        callback();
      }, milliseconds),
    );
  }

  private cancel(name: string): void {
    const handle = this.timerHandles.get(name);
    if (handle !== undefined) this.timers.clearTimeout(handle);
    this.timerHandles.delete(name);
  }

  private finish(error: ChatError | null): void {
    this.transition('closed');
    if (error) this.events.emit('error', error);
    for (const name of [...this.timerHandles.keys()]) this.cancel(name);
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      socket.onmessage = null;
      socket.onclose = null;
      socket.close(1000, 'Closed by the client');
    }
    this.outbox.rejectAll(new ChatClosedError(error));
    this.events.clear();
  }
}
