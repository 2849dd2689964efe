import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { connect, type Socket } from 'node:net';
import WebSocket from 'ws';
import type { ServerEvent } from '../../contract/index.js';

/** A `ws` client socket that records what it receives. */
export interface RecordingSocket {
  ws: WebSocket;
  events: ServerEvent[];
  /** Arrival time (ms) of each event, by index in `events`. */
  arrivals: number[];
  closed: Promise<number>;
}

/** Opens a chat socket and resolves once the server said `connection_established`. */
export function openChatSocket(url: string): Promise<RecordingSocket> {
  const ws = new WebSocket(url);
  const socket: RecordingSocket = {
    ws,
    events: [],
    arrivals: [],
    closed: new Promise((resolve) => ws.once('close', (code: number) => resolve(code))),
  };
  return new Promise((resolve, reject) => {
    ws.on('error', reject);
    ws.on('message', (data: Buffer) => {
      const event = JSON.parse(data.toString()) as ServerEvent;
      socket.events.push(event);
      socket.arrivals.push(Date.now());
      if (event.type === 'connection_established') resolve(socket);
    });
  });
}

/** Sends frames on every socket, in bursts that leave the event loop to the server, for `ms`. */
export async function flood(sockets: RecordingSocket[], frame: (index: number) => unknown, ms: number) {
  const until = Date.now() + ms;
  let sent = 0;
  while (Date.now() < until) {
    for (const { ws } of sockets) {
      for (let burst = 0; burst < 20; burst += 1) ws.send(JSON.stringify(frame((sent += 1))));
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return sent;
}

/**
 * Waits until the server has handled everything each socket sent: a socket's frames are handled
 * in order, so the answer to a last `chat_message` (its echo or its refusal) comes after them.
 */
export async function drained(sockets: RecordingSocket[], label: string): Promise<void> {
  await Promise.all(
    sockets.map((socket, index) => {
      const clientId = `${label}-${index}`;
      socket.ws.send(JSON.stringify({ type: 'chat_message', content: 'marker', client_id: clientId }));
      return until(() => socket.events.some((event) => 'client_id' in event && event.client_id === clientId));
    }),
  );
}

/** Polls `condition` every 20 ms for up to `timeoutMs`. */
export async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('Timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * A chat client that completes the handshake and then stops reading: its TCP window closes and
 * everything the server sends it piles up in the server's send buffer.
 */
export async function openPausedReader(origin: URL, pathAndQuery: string): Promise<Socket> {
  const socket = connect(Number(origin.port), origin.hostname);
  await once(socket, 'connect');
  socket.write(
    [
      `GET ${pathAndQuery} HTTP/1.1`,
      `Host: ${origin.host}`,
      'Upgrade: websocket',
      'Connection: Upgrade',
      `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
      'Sec-WebSocket-Version: 13',
      '',
      '',
    ].join('\r\n'),
  );
  const [head] = (await once(socket, 'data')) as [Buffer];
  if (!head.toString('latin1').startsWith('HTTP/1.1 101')) {
    socket.destroy();
    throw new Error(`Handshake refused: ${head.toString('latin1').split('\r\n')[0] ?? ''}`);
  }
  socket.pause();
  return socket;
}

/**
 * Memory in use after full garbage collections (the test process runs with --expose-gc): the JS
 * heap plus the memory outside it that Buffers hold, where unsent socket data sits.
 */
export async function settledHeap(): Promise<{ heap: number; external: number }> {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('Run with --expose-gc (vitest project "abuse")');
  for (let round = 0; round < 4; round += 1) {
    collect();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const { heapUsed, external } = process.memoryUsage();
  return { heap: heapUsed, external };
}
