import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import * as wsModule from 'ws';
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

/**
 * What `ws` keeps private and a broadcast needs: the socket's Sender, to write a frame built once.
 * `ws` exports the framing (`Sender.frame`, made public to frame a broadcast once, ws
 * PR #1016) but no public way to send a framed message; `sendFrame` is what its own `send` ends in.
 */
interface SenderInternals {
  _sender?: { _state?: number; sendFrame?: (list: Buffer[]) => void };
  /** The TCP socket under the WebSocket, to cork. */
  _socket?: { cork(): void; uncork(): void } | null;
}
interface SenderStatic {
  frame: (
    data: Buffer,
    options: { fin: boolean; opcode: number; mask: boolean; readOnly: boolean; rsv1: boolean },
  ) => Buffer[];
}
// A named export of `ws` (`WebSocket.Sender` in CommonJS) that its types do not declare.
const { frame } = (wsModule as unknown as { Sender: SenderStatic }).Sender;
const TEXT_OPCODE = 1;
/** The Sender's idle state: nothing queued behind a compression or a Blob read, so a frame may go now. */
const SENDER_IDLE = 0;

/**
 * A text message as one WebSocket frame (header and payload in one buffer, so each socket gets a
 * single write). The hub sends the same string to every socket of a room in turn, so the frame
 * of the last string is kept: a message to 1,000 sockets is encoded and framed once, not 1,000 times.
 */
function createFrameCache() {
  let lastData: string | null = null;
  let lastFrame = Buffer.alloc(0);
  return (data: string): Buffer => {
    if (data !== lastData) {
      const payload = Buffer.from(data);
      const options = { fin: true, opcode: TEXT_OPCODE, mask: false, readOnly: false, rsv1: false };
      lastFrame = Buffer.concat(frame(payload, options));
      lastData = data;
    }
    return lastFrame;
  };
}

/**
 * Sends `data` as `ws.send(data)` would, from its frame built once per message, when the socket's
 * Sender is idle (nothing queued before it); else by `ws.send`. Frames are never compressed:
 * permessage-deflate is off on this server.
 */
function sendFrame(ws: WebSocket, frame: Buffer, data: string): void {
  const sender = (ws as unknown as SenderInternals)._sender;
  if (sender?._state === SENDER_IDLE && sender.sendFrame) sender.sendFrame([frame]);
  else ws.send(data);
}

/**
 * Holds back what is written to a socket during one turn of the event loop and sends it together
 * once the turn's promise jobs are done (cork, then uncork on `process.nextTick`): messages fanned
 * out in the same turn (a burst read in one go, a backlog page) cost each socket one system call,
 * not one per message. Nothing is reordered: everything the socket sends goes through the cork.
 */
function createTurnBatches() {
  /** The most a socket holds back before what it holds goes out. */
  const BATCH_BYTES = 64 * 1024;
  /** The bytes each socket corked this turn holds back. */
  const held = new Map<WebSocket, number>();
  const release = () => {
    for (const ws of held.keys()) (ws as unknown as SenderInternals)._socket?.uncork();
    held.clear();
  };
  return {
    held: (ws: WebSocket) => held.get(ws) ?? 0,
    hold(ws: WebSocket, bytes: number): void {
      const socket = (ws as unknown as SenderInternals)._socket;
      if (!socket) return;
      const before = held.get(ws);
      if (before === undefined) {
        socket.cork();
        if (held.size === 0) process.nextTick(release);
      } else if (before + bytes > BATCH_BYTES) {
        // A big turn (a backlog) goes out in parts, so a reader that stopped reading shows in
        // `bufferedAmount` before the turn ends.
        socket.uncork();
        socket.cork();
        held.set(ws, bytes);
        return;
      }
      held.set(ws, (before ?? 0) + bytes);
    },
  };
}

/** The only file that knows `ws`: both chat URLs on the HTTP server's upgrade, feeding the hub. */
export function attachChatSockets(server: Server, hub: ChatHub, options: ChatSocketOptions = {}) {
  const maxBuffered = options.maxBufferedBytes ?? 1024 * 1024;
  const deadAfter = options.deadAfterMs ?? 60_000;
  const timers = options.heartbeatTimers ?? nodeHeartbeatTimers;
  const wss = new WebSocketServer({
    noServer: true,
    perMessageDeflate: false,
    maxPayload: options.maxPayloadBytes ?? 64 * 1024,
  });
  const lastPong = new WeakMap<WebSocket, number>();
  const sockets = new Map<WebSocket, ChatSocket>();
  const frameOf = createFrameCache();
  const batches = createTurnBatches();

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
          // What this turn's batch holds back is not the reader's doing: only what it left unread counts.
          if (ws.bufferedAmount - batches.held(ws) > maxBuffered) {
            ws.terminate();
            return;
          }
          const frame = frameOf(data);
          batches.hold(ws, frame.length);
          sendFrame(ws, frame, data);
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
