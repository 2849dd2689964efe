/**
 * WebSocket fan-out, for `npm run bench`: one socket sends chat messages, every socket of the room
 * (the sender's included) receives each one, and the load generator counts deliveries per second and
 * the latency of each delivery (send to receipt, one clock: every socket lives in this process).
 *
 * The baseline is raw `ws` as its README broadcasts: a WebSocketServer that answers each incoming
 * message by `client.send(data)` to every open client, sending a `chat_message` event of the same
 * shape and size as ours. It runs in the servers' process (`startRawBroadcast`), as ours does.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { WebSocket, WebSocketServer } from 'ws';

/** Messages in flight at once: enough to keep the server busy while the clients read. */
const WINDOW = 4;
const CONTENT_PREFIX = 'bench ';
const MARKER = Buffer.from(`"content":"${CONTENT_PREFIX}`);

export interface FanOutResult {
  sockets: number;
  messages: number;
  deliveries: number;
  deliveriesPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** The servers' process CPU time per delivery (user + system), when `serverCpuMs` was given. */
  serverCpuUsPerDelivery: number | null;
}

/** The raw `ws` broadcast server (in the servers' process); answers its URL. */
export async function startRawBroadcast(): Promise<{ url: string; close(): void }> {
  const server = createServer();
  const wss = new WebSocketServer({ server });
  let nextId = 0;
  wss.on('connection', (socket) => {
    socket.on('error', () => undefined);
    socket.send(JSON.stringify({ type: 'connection_established', message: 'Connected to chat' }));
    socket.on('message', (raw: Buffer) => {
      const { content } = JSON.parse(raw.toString()) as { content: string };
      const data = JSON.stringify({
        type: 'chat_message',
        message_id: (nextId += 1),
        sender_id: 1,
        sender_name: '',
        sender_avatar: null,
        content,
        created_at: new Date().toISOString(),
        client_id: null,
      });
      for (const client of wss.clients) {
        if (client.readyState === WebSocket.OPEN) client.send(data, { binary: false });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      for (const client of wss.clients) client.terminate();
      wss.close();
      server.close();
    },
  };
}

/** The message number in a delivered `chat_message` frame, or -1 for any other frame. */
function sequenceOf(frame: Buffer): number {
  const at = frame.indexOf(MARKER);
  if (at < 0) return -1;
  let sequence = 0;
  for (let index = at + MARKER.length; index < frame.length; index += 1) {
    const digit = (frame[index] ?? 0) - 48;
    if (digit < 0 || digit > 9) break;
    sequence = sequence * 10 + digit;
  }
  return sequence;
}

/**
 * Opens `count` sockets, each once it had its first frame (`connection_established`); over several
 * URLs (instances of one server), in turn.
 */
async function openSockets(urls: string[], count: number): Promise<WebSocket[]> {
  const sockets: WebSocket[] = [];
  for (let start = 0; start < count; start += 100) {
    const batch = Array.from(
      { length: Math.min(100, count - start) },
      (_, index) =>
        new Promise<WebSocket>((resolve, reject) => {
          const url = urls[(start + index) % urls.length] ?? '';
          const socket = new WebSocket(url, { perMessageDeflate: false });
          socket.once('message', () => resolve(socket));
          socket.once('error', reject);
          socket.once('close', (code) => reject(new Error(`socket closed ${code} before its first frame`)));
        }),
    );
    sockets.push(...(await Promise.all(batch)));
  }
  return sockets;
}

/**
 * Sends messages through the first socket for `durationMs` (after a short warm-up), `WINDOW` in
 * flight; a message is done when every socket received it. Several URLs: the sockets are spread
 * over them, and the first one sends.
 */
export async function measureFanOut(
  url: string | string[],
  count: number,
  run: { durationMs: number; serverCpuMs?: () => Promise<number> },
): Promise<FanOutResult> {
  const { durationMs, serverCpuMs } = run;
  const sockets = await openSockets(Array.isArray(url) ? url : [url], count);
  const sender = sockets[0];
  if (!sender) throw new Error('no socket');
  const sentAt: number[] = [];
  const received: number[] = [];
  let latencies: number[] = [];
  let deliveries = 0;
  let sequence = 0;
  let completed = 0;
  let sending = true;
  let onIdle: (() => void) | null = null;

  const send = () => {
    sentAt[sequence] = performance.now();
    received[sequence] = 0;
    sender.send(JSON.stringify({ type: 'chat_message', content: `${CONTENT_PREFIX}${sequence}` }));
    sequence += 1;
  };
  for (const socket of sockets) {
    socket.on('message', (frame: Buffer) => {
      const number = sequenceOf(frame);
      if (number < 0) return;
      const at = performance.now();
      latencies.push(at - (sentAt[number] ?? at));
      deliveries += 1;
      received[number] = (received[number] ?? 0) + 1;
      if (received[number] !== count) return;
      completed += 1;
      if (sending) send();
      else if (completed === sequence) onIdle?.();
    });
  }
  const drain = () =>
    new Promise<void>((resolve) => {
      sending = false;
      if (completed === sequence) resolve();
      else onIdle = resolve;
    });

  // Warm-up: a second of sends, not counted.
  for (let index = 0; index < WINDOW; index += 1) send();
  await new Promise((resolve) => setTimeout(resolve, Math.min(1000, durationMs / 3)));
  await drain();
  latencies = [];
  deliveries = 0;
  const firstMeasured = sequence;
  sending = true;
  const cpuBefore = await serverCpuMs?.();
  const started = performance.now();
  for (let index = 0; index < WINDOW; index += 1) send();
  await new Promise((resolve) => setTimeout(resolve, durationMs));
  await drain();
  const elapsed = performance.now() - started;
  const cpuAfter = await serverCpuMs?.();
  await Promise.all(
    sockets.map(
      (socket) =>
        new Promise<void>((resolve) => {
          socket.once('close', () => resolve());
          socket.terminate();
        }),
    ),
  );

  latencies.sort((a, b) => a - b);
  const percentile = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? 0;
  return {
    sockets: count,
    messages: sequence - firstMeasured,
    deliveries,
    deliveriesPerSecond: deliveries / (elapsed / 1000),
    p50Ms: percentile(0.5),
    p99Ms: percentile(0.99),
    serverCpuUsPerDelivery:
      cpuBefore === undefined || cpuAfter === undefined ? null : ((cpuAfter - cpuBefore) * 1000) / deliveries,
  };
}
