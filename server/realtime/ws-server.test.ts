import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createPbkdf2PasswordHasher, silentLogger } from '../../core/index.js';
import { startServer, type RunningServer } from '../http/start-server.js';
import { createMemoryStore } from '../../core/adapters/memory-store/create-memory-store.js';
import type { HeartbeatTimers } from './ws-server.js';

let running: RunningServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function serverWithGroup(chat: Parameters<typeof startServer>[0]['chat'] = {}) {
  running = await startServer({
    store: createMemoryStore(),
    logger: silentLogger,
    hasher: createPbkdf2PasswordHasher(1_000),
    port: 0,
    chat,
  });
  const post = async (path: string, body: unknown, token?: string) => {
    const response = await fetch(`${running!.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
      body: JSON.stringify(body),
    });
    return (await response.json()) as Record<string, unknown>;
  };
  const registered = await post('/api/auth/register/', {
    email: 'ws@example.com',
    password: 'long-enough-1',
    password_confirm: 'long-enough-1',
  });
  const token = (registered['tokens'] as { access: string }).access;
  const group = await post('/api/groups/', { name: 'Sockets' }, token);
  return { token, url: `${running.url.replace(/^http/, 'ws')}/ws/groups/${String(group['id'])}/chat/` };
}

/** A heartbeat the test drives: `beat()` runs one interval at the clock's time, `advance()` moves the clock. */
function manualHeartbeat() {
  let now = 0;
  let tick: (() => void) | undefined;
  const heartbeatTimers: HeartbeatTimers = {
    setInterval: (callback) => (tick = callback),
    clearInterval: () => (tick = undefined),
    now: () => now,
  };
  const beat = () => {
    if (!tick) throw new Error('The server started no heartbeat');
    tick();
  };
  return { heartbeatTimers, beat, advance: (ms: number) => (now += ms) };
}

/** Resolves when the socket next receives a ping (the client answers it itself unless autoPong is off). */
const nextPing = (socket: WebSocket) => new Promise<void>((resolve) => socket.once('ping', () => resolve()));

/**
 * Sends a chat message and waits for the server's echo of it: every frame the client sent before
 * (a pong among them) has then been handled by the server, and the socket is still open.
 */
async function roundTrip(socket: WebSocket, content: string): Promise<void> {
  const echoed = new Promise<void>((resolve, reject) => {
    const onMessage = (data: Buffer) => {
      const event = JSON.parse(data.toString()) as { type?: string; content?: string };
      if (event.type !== 'chat_message' || event.content !== content) return;
      socket.off('close', onClose);
      socket.off('message', onMessage);
      resolve();
    };
    const onClose = (code: number) => reject(new Error(`The socket closed (${code}) before the echo`));
    socket.on('message', onMessage);
    socket.once('close', onClose);
  });
  socket.send(JSON.stringify({ type: 'chat_message', content }));
  await echoed;
}

const closeOf = (socket: WebSocket) =>
  new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
const firstEvent = (socket: WebSocket) =>
  new Promise<Record<string, unknown>>((resolve) =>
    socket.once('message', (data: Buffer) => resolve(JSON.parse(data.toString()) as Record<string, unknown>)),
  );

describe('the ws chat server', () => {
  it('accepts the token in the Authorization header', async () => {
    const { token, url } = await serverWithGroup();
    const socket = new WebSocket(url, { headers: { authorization: `Bearer ${token}` } });
    expect(await firstEvent(socket)).toEqual({
      type: 'connection_established',
      message: 'Connected to chat',
      last_message_id: 0,
    });
    socket.close();
  });

  it('closes with 1009 a frame over 64 KiB', async () => {
    const { token, url } = await serverWithGroup();
    const socket = new WebSocket(`${url}?token=${token}`);
    await firstEvent(socket);
    socket.send('x'.repeat(64 * 1024 + 1));
    expect(await closeOf(socket)).toBe(1009);
  });

  it('drops a connection that has not answered a ping for deadAfterMs', async () => {
    const heartbeat = manualHeartbeat();
    const { token, url } = await serverWithGroup({
      pingIntervalMs: 20_000,
      deadAfterMs: 60_000,
      heartbeatTimers: heartbeat.heartbeatTimers,
    });
    const socket = new WebSocket(`${url}?token=${token}`, { autoPong: false });
    await firstEvent(socket);
    const closed = closeOf(socket);
    const pinged = nextPing(socket);
    heartbeat.beat();
    await pinged;
    heartbeat.advance(60_001);
    heartbeat.beat();
    expect(await closed).toBe(1006);
  });

  it('keeps a connection that answers every ping, however long it lives', async () => {
    const heartbeat = manualHeartbeat();
    const { token, url } = await serverWithGroup({
      pingIntervalMs: 20_000,
      deadAfterMs: 60_000,
      heartbeatTimers: heartbeat.heartbeatTimers,
    });
    const socket = new WebSocket(`${url}?token=${token}`);
    await firstEvent(socket);
    // Five beats 50 s apart: 250 s in all, each gap within deadAfterMs of the previous pong.
    for (let beat = 0; beat < 5; beat += 1) {
      heartbeat.advance(50_000);
      const pinged = nextPing(socket);
      heartbeat.beat();
      await pinged;
      await roundTrip(socket, `after beat ${beat}`);
    }
    expect(socket.readyState).toBe(WebSocket.OPEN);
    socket.close();
  });

  it('pings on the default timers without dropping a live connection', async () => {
    const { token, url } = await serverWithGroup({ pingIntervalMs: 20 });
    const socket = new WebSocket(`${url}?token=${token}`);
    await firstEvent(socket);
    await nextPing(socket);
    await nextPing(socket);
    await roundTrip(socket, 'after two pings');
    socket.close();
  });

  it('closes every socket with 1001 on shutdown', async () => {
    const { token, url } = await serverWithGroup();
    const socket = new WebSocket(`${url}?token=${token}`);
    await firstEvent(socket);
    const closed = closeOf(socket);
    await running?.close();
    running = undefined;
    expect(await closed).toBe(1001);
  });

  it("delivers a burst intact and in order, whatever each frame's length, to every socket", async () => {
    const { token, url } = await serverWithGroup();
    const sockets = [new WebSocket(`${url}?token=${token}`), new WebSocket(`${url}?token=${token}`)];
    await Promise.all(sockets.map(firstEvent));
    // Frames of each length class (7-bit, 16-bit; multi-byte UTF-8 counted in bytes), sent in one go.
    const contents = ['short', 'é'.repeat(100), '💬'.repeat(1200), 'x'.repeat(5000), 'last'];
    const received = sockets.map((socket) => {
      const events: string[] = [];
      return new Promise<string[]>((resolve) => {
        socket.on('message', (data: Buffer) => {
          const event = JSON.parse(data.toString()) as { type: string; content: string };
          if (event.type === 'chat_message') events.push(event.content);
          if (events.length === contents.length) resolve(events);
        });
      });
    });
    for (const content of contents) sockets[0]!.send(JSON.stringify({ type: 'chat_message', content }));
    expect(await Promise.all(received)).toEqual([contents, contents]);
    // A socket resuming from the start gets the whole history as one backlog, in order.
    const resumed = new WebSocket(`${url}?token=${token}&last_message_id=0`);
    const backlog: string[] = [];
    await new Promise<void>((resolve) => {
      resumed.on('message', (data: Buffer) => {
        const event = JSON.parse(data.toString()) as { type: string; content: string };
        if (event.type === 'chat_message') backlog.push(event.content);
        if (backlog.length === contents.length) resolve();
      });
    });
    expect(backlog).toEqual(contents);
    for (const socket of [...sockets, resumed]) socket.close();
  });

  it('refuses an upgrade on any other path', async () => {
    await serverWithGroup();
    const socket = new WebSocket(`${running!.url.replace(/^http/, 'ws')}/ws/elsewhere/`);
    const failure = await new Promise<string>((resolve) =>
      socket.on('error', (error) => resolve(error.message)),
    );
    expect(failure).toMatch(/404/);
  });
});
