import { FINAL_CLOSE_CODES, type ChatMessageEvent, type ClientEvent } from '@studymate/contract';
import { backoffDelay, DEFAULT_BACKOFF } from './backoff.js';
import type { ChatConnectionEvents } from './chat-connection-events.js';
import type { ChatConnectionOptions } from './chat-connection-options.js';
import { chatSocketUrl } from './chat-socket-url.js';
import { NamedTimers } from './chat-timers.js';
import { ChatClosedError, type ChatError, type ChatState } from './connection-state.js';
import { Emitter } from './emitter.js';
import { Heartbeat } from './heartbeat.js';
import { MessageLog } from './message-log.js';
import { browserNetworkStatus, type NetworkStatus } from './network-status.js';
import { Outbox } from './outbox.js';
import { receiveServerEvent } from './receive-server-event.js';
import { TypingThrottle } from './typing-throttle.js';
import type { WebSocketLike } from './web-socket-like.js';

const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;

export type { ChatConnectionEvents, ChatHistoryReset } from './chat-connection-events.js';
export type { ChatConnectionOptions } from './chat-connection-options.js';
export type { ChatTimers } from './chat-timers.js';
export type { NetworkStatus } from './network-status.js';
export type { WebSocketConstructor, WebSocketLike } from './web-socket-like.js';

/**
 * A chat room connection that reconnects by itself (full-jitter backoff), resumes from the last
 * message it saw so its log has no gap and no duplicate, and queues `send()` while offline.
 * While the device has no network it makes no attempt (state `offline`), and tries at once when
 * the network is back.
 */
export class ChatConnection {
  private readonly events = new Emitter<ChatConnectionEvents>();
  private readonly outbox = new Outbox();
  private readonly log: MessageLog;
  private readonly timers: NamedTimers;
  private readonly typingThrottle: TypingThrottle;
  private readonly heartbeat: Heartbeat;
  private readonly network: NetworkStatus;
  private readonly stopWatchingNetwork: () => void;
  private socket: WebSocketLike | null = null;
  private current: ChatState = 'idle';
  private attempt = 0;
  /** Whether the room ever opened: a later attempt is a reconnect, even the first after being offline. */
  private hasOpened = false;

  constructor(private readonly options: ChatConnectionOptions) {
    this.timers = new NamedTimers(options.timers);
    this.log = new MessageLog(options.lastMessageId ?? null);
    this.typingThrottle = new TypingThrottle({
      timers: this.timers,
      options,
      send: (isTyping) => {
        if (this.current === 'open') this.transmit({ type: 'typing_indicator', is_typing: isTyping });
      },
    });
    this.heartbeat = new Heartbeat({
      timers: this.timers,
      options,
      onTimeout: () =>
        this.events.emit('error', {
          code: 'heartbeat_timeout',
          message: 'The server stopped answering; reconnecting.',
        }),
    });
    this.network = options.network ?? browserNetworkStatus();
    this.stopWatchingNetwork = this.network.subscribe((online) => {
      if (online) this.backOnline();
      else this.goOffline();
    });
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
    return this.log.messages;
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
    this.typingThrottle.typed();
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
    if (!this.network.isOnline()) {
      this.goOffline();
      return;
    }
    this.transition(this.attempt === 0 && !this.hasOpened ? 'connecting' : 'reconnecting');
    let token: string | null;
    try {
      token = await this.options.accessToken();
    } catch (error) {
      // A refresh that met the network or a 5xx says nothing about the session: try again later.
      if (this.current === 'reconnecting' || this.current === 'connecting') {
        this.failAttempt(`Could not get an access token: ${String(error)}`);
      }
      return;
    }
    if (this.current === 'closed' || this.current === 'offline') return;
    if (!token) {
      this.finish({ code: 'unauthenticated', message: 'No access token: sign in first.' });
      return;
    }
    const url = chatSocketUrl(this.options.url, token, this.log.resumeAfter);
    let socket: WebSocketLike;
    try {
      socket = new this.options.WebSocket(url);
    } catch (error) {
      this.failAttempt(`Could not open a WebSocket to ${this.options.url}: ${String(error)}`);
      return;
    }
    this.socket = socket;
    socket.onmessage = (event) => this.receive(event.data);
    socket.onclose = (event) => this.onClose(socket, event.code, event.reason);
    socket.onerror = () => undefined;
    socket.on?.('ping', () => this.heartbeat.arm(this.socket));
    const timeout = this.options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
    this.timers.schedule('connect', timeout, () => {
      this.dropSocket(4000, 'Connect timeout');
      this.failAttempt(`No answer from ${this.options.url} within ${timeout / 1000} s.`);
    });
  }

  private receive(data: unknown): void {
    receiveServerEvent(data, {
      events: this.events,
      outbox: this.outbox,
      log: this.log,
      onOpen: () => {
        this.timers.cancel('connect');
        this.attempt = 0;
        this.hasOpened = true;
        this.transition('open');
        this.heartbeat.arm(this.socket);
        for (const { clientId, content } of this.outbox.entries()) {
          this.transmit({ type: 'chat_message', content, client_id: clientId });
        }
      },
    });
  }

  private onClose(socket: WebSocketLike, code: number, reason: string): void {
    if (socket !== this.socket) return;
    this.socket = null;
    this.heartbeat.disarm();
    this.timers.cancel('connect');
    if (this.current === 'closed') return;
    if (FINAL_CLOSE_CODES.includes(code)) {
      this.finish({
        code: 'closed_by_server',
        closeCode: code,
        message: reason || `Closed by the server (${code}).`,
      });
      return;
    }
    // A drop after the room opened is the network's everyday business: the state says it. A socket
    // that never got in is worth an error: a wrong URL, a server that is down, a mock not listening.
    if (this.current === 'open') this.scheduleReconnect();
    else this.failAttempt(`The connection to ${this.options.url} closed before the room opened (${code}).`);
  }

  /** A connection attempt that failed: say so, and try again after the backoff. */
  private failAttempt(message: string): void {
    this.scheduleReconnect();
    this.events.emit('error', { code: 'connection_failed', message });
  }

  /** No network: drop the socket (it is dead or soon will be) and make no attempt until it is back. */
  private goOffline(): void {
    if (this.current === 'closed') return;
    this.timers.cancel('reconnect');
    this.timers.cancel('connect');
    this.dropSocket(4000, 'The device went offline');
    this.transition('offline');
  }

  /** The network is back: one attempt at once, whatever the backoff had reached. */
  private backOnline(): void {
    if (this.current !== 'offline') return;
    void this.connect();
  }

  /** Lets go of the current socket without hearing from it again. */
  private dropSocket(code: number, reason: string): void {
    const socket = this.socket;
    this.socket = null;
    this.heartbeat.disarm();
    if (!socket) return;
    socket.onmessage = null;
    socket.onclose = null;
    socket.close(code, reason);
  }

  private scheduleReconnect(): void {
    if (!this.network.isOnline()) {
      this.goOffline();
      return;
    }
    this.transition('reconnecting');
    const delay = backoffDelay(
      this.attempt,
      { ...DEFAULT_BACKOFF, ...this.options.backoff },
      this.options.random ?? Math.random,
    );
    this.attempt += 1;
    this.timers.schedule('reconnect', delay, () => void this.connect());
  }

  private transmit(event: ClientEvent): void {
    this.socket?.send(JSON.stringify(event));
  }

  private finish(error: ChatError | null): void {
    this.transition('closed');
    this.stopWatchingNetwork();
    if (error) this.events.emit('error', error);
    this.timers.cancelAll();
    this.dropSocket(1000, 'Closed by the client');
    this.outbox.rejectAll(new ChatClosedError(error));
    this.events.clear();
  }
}
