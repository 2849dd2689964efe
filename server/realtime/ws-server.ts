import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { ChatHub, ChatSession } from './chat-hub.js';
import { isChatSocketPath } from './room-paths.js';

export interface ChatSocketOptions {
  /** Larger frames close the socket with 1009. @default 64 KiB */
  maxPayloadBytes?: number;
  /** @default 30 s */
  pingIntervalMs?: number;
  /** A socket that has not answered a ping for this long is dropped. @default 60 s */
  deadAfterMs?: number;
  /** A socket whose unsent data passes this is dropped: it stopped reading. @default 1 MiB */
  maxBufferedBytes?: number;
}

/** The only file that knows `ws`: both chat URLs on the HTTP server's upgrade, feeding the hub. */
export function attachChatSockets(server: Server, hub: ChatHub, options: ChatSocketOptions = {}) {
  const maxBuffered = options.maxBufferedBytes ?? 1024 * 1024;
  const deadAfter = options.deadAfterMs ?? 60_000;
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxPayloadBytes ?? 64 * 1024 });
  const lastPong = new WeakMap<WebSocket, number>();
  const sessions = new Map<WebSocket, ChatSession>();

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (!isChatSocketPath(url.pathname)) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => accept(ws, request, url));
  };

  function accept(ws: WebSocket, request: IncomingMessage, url: URL): void {
    lastPong.set(ws, Date.now());
    ws.on('pong', () => lastPong.set(ws, Date.now()));
    // A protocol error (an oversized frame...) closes the socket; without a listener it would crash the process.
    ws.on('error', () => undefined);
    const early: string[] = [];
    let session: ChatSession | null = null;
    ws.on('message', (data: Buffer) =>
      session ? session.receive(data.toString()) : early.push(data.toString()),
    );
    ws.on('close', () => {
      session?.disconnect();
      sessions.delete(ws);
    });
    const header = request.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? null;
    const lastMessageId = Number(url.searchParams.get('last_message_id'));
    hub
      .open({
        pathname: url.pathname,
        token: url.searchParams.get('token') ?? header,
        lastMessageId: Number.isInteger(lastMessageId) && lastMessageId > 0 ? lastMessageId : null,
        transport: {
          send: (data) => {
            if (ws.readyState !== ws.OPEN) return;
            if (ws.bufferedAmount > maxBuffered) ws.terminate();
            else ws.send(data);
          },
          close: (code, reason) => ws.close(code, reason),
        },
      })
      .then((opened) => {
        if (!opened) return;
        if (ws.readyState !== ws.OPEN) {
          opened.disconnect();
          return;
        }
        session = opened;
        sessions.set(ws, opened);
        for (const frame of early.splice(0)) opened.receive(frame);
      })
      .catch(() => ws.close(1011, 'Internal error'));
  }

  const heartbeat = setInterval(() => {
    const now = Date.now();
    for (const ws of wss.clients) {
      if (now - (lastPong.get(ws) ?? now) > deadAfter) ws.terminate();
      else ws.ping();
    }
  }, options.pingIntervalMs ?? 30_000);
  heartbeat.unref();
  server.on('upgrade', onUpgrade);

  return {
    /** Server-side drop, as a network cut: no close frame. For tests and operations. */
    terminate(filter: (userId: number) => boolean = () => true): number {
      let dropped = 0;
      for (const [ws, session] of sessions) {
        if (!filter(session.userId)) continue;
        ws.terminate();
        dropped += 1;
      }
      return dropped;
    },
    close(): Promise<void> {
      clearInterval(heartbeat);
      server.off('upgrade', onUpgrade);
      for (const ws of wss.clients) ws.close(1001, 'Server shutting down');
      hub.close();
      return new Promise((resolve) => wss.close(() => resolve()));
    },
  };
}

export type ChatSockets = ReturnType<typeof attachChatSockets>;
