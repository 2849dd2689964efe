import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createPbkdf2PasswordHasher, silentLogger } from '../core/index.js';
import { startServer, type RunningServer } from '../http/start-server.js';
import { createMemoryStore } from '../store/memory/create-memory-store.js';

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

  it('drops a connection that stops answering pings', async () => {
    const { token, url } = await serverWithGroup({ pingIntervalMs: 20, deadAfterMs: 60 });
    const socket = new WebSocket(`${url}?token=${token}`, { autoPong: false });
    await firstEvent(socket);
    expect(await closeOf(socket)).toBe(1006);
  });

  it('keeps a connection that answers pings', async () => {
    const { token, url } = await serverWithGroup({ pingIntervalMs: 20, deadAfterMs: 60 });
    const socket = new WebSocket(`${url}?token=${token}`);
    await firstEvent(socket);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(socket.readyState).toBe(WebSocket.OPEN);
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

  it('refuses an upgrade on any other path', async () => {
    await serverWithGroup();
    const socket = new WebSocket(`${running!.url.replace(/^http/, 'ws')}/ws/elsewhere/`);
    const failure = await new Promise<string>((resolve) =>
      socket.on('error', (error) => resolve(error.message)),
    );
    expect(failure).toMatch(/404/);
  });
});
