import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { type ChatHub, type ChatSocket, isChatSocketPath } from '@studymate/core';

export interface ChatSocketOptions {
  /** Larger frames close the socket with 1009. @default 64 KiB */
  maxPayloadBytes?: number;
  /** @default 30 s */
  pingIntervalMs?: number;
  /** A socket that has not answered a ping for this long is dropped. @default 60 s */
  deadAfterMs?: number;
  /** A socket whose unsent data passes this is dropped: it stopped reading. @default 1 MiB */
  maxBufferedBytes?: number;
  /** Refuses a handshake with 403, e.g. from a page on an origin that is not allowed. @default any */
  allowHandshake?: (handshake: { origin: string | undefined; host: string | undefined }) => boolean;
  /** The heartbeat's interval and clock; tests drive it by hand. @default Node's setInterval (unref'd), Date.now */
  heartbeatTimers?: HeartbeatTimers;
}

/** What the heartbeat needs of time: one repeating timer and a clock in ms. */
export interface HeartbeatTimers {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
  now(): number;
}

const nodeHeartbeatTimers: HeartbeatTimers = {
  setInterval: (callback, ms) => setInterval(callback, ms).unref(),
  clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
  now: () => Date.now(),
};

/** The only file that knows `ws`: both chat URLs on the HTTP server's upgrade, feeding the hub. */
export function attachChatSockets(server: Server, hub: ChatHub, options: ChatSocketOptions = {}) {
  const maxBuffered = options.maxBufferedBytes ?? 1024 * 1024;
  const deadAfter = options.deadAfterMs ?? 60_000;
  const timers = options.heartbeatTimers ?? nodeHeartbeatTimers;
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxPayloadBytes ?? 64 * 1024 });
  const lastPong = new WeakMap<WebSocket, number>();
  const sockets = new Map<WebSocket, ChatSocket>();

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (!isChatSocketPath(url.pathname)) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    if (options.allowHandshake?.({ origin: request.headers.origin, host: request.headers.host }) === false) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => accept(ws, request, url));
  };

  function accept(ws: WebSocket, request: IncomingMessage, url: URL): void {
    lastPong.set(ws, timers.now());
    ws.on('pong', () => lastPong.set(ws, timers.now()));
    // A protocol error (an oversized frame...) closes the socket; without a listener it would crash the process.
    ws.on('error', () => undefined);
    const header = request.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? null;
    const socket = hub.connect({
      pathname: url.pathname,
      token: url.searchParams.get('token') ?? header,
      lastMessageId: url.searchParams.get('last_message_id'),
      transport: {
        send: (data) => {
          if (ws.readyState !== ws.OPEN) return;
          if (ws.bufferedAmount > maxBuffered) ws.terminate();
          else ws.send(data);
        },
        close: (code, reason) => ws.close(code, reason),
      },
    });
    sockets.set(ws, socket);
    ws.on('message', (data: Buffer) => socket.receive(data.toString()));
    ws.on('close', () => {
      socket.disconnect();
      sockets.delete(ws);
    });
  }

  const heartbeat = timers.setInterval(() => {
    const now = timers.now();
    for (const ws of wss.clients) {
      if (now - (lastPong.get(ws) ?? now) > deadAfter) ws.terminate();
      else ws.ping();
    }
  }, options.pingIntervalMs ?? 30_000);
  server.on('upgrade', onUpgrade);

  return {
    /** Server-side drop, as a network cut: no close frame. For tests and operations. */
    terminate(filter: (userId: number) => boolean = () => true): number {
      let dropped = 0;
      for (const [ws, socket] of sockets) {
        if (socket.userId === null || !filter(socket.userId)) continue;
        ws.terminate();
        dropped += 1;
      }
      return dropped;
    },
    close(): Promise<void> {
      timers.clearInterval(heartbeat);
      server.off('upgrade', onUpgrade);
      for (const ws of wss.clients) ws.close(1001, 'Server shutting down');
      hub.close();
      return new Promise((resolve) => wss.close(() => resolve()));
    },
  };
}

export type ChatSockets = ReturnType<typeof attachChatSockets>;
