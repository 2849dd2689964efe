import { describe, expect, it } from 'vitest';
import { CloseCode, type ServerEvent } from '../../contract/index.js';
import {
  createCoreServices,
  createPbkdf2PasswordHasher,
  createStudyMateApi,
  silentLogger,
} from '../index.js';
import { createInProcessRateLimits } from '../adapters/in-process/rate-limits.js';
import type { RateLimits } from '../ports/rate-limits.js';
import { createMemoryStore } from '../adapters/memory-store/create-memory-store.js';
import { createChatHub } from './chat-hub.js';
import { createPresenceTracker } from './presence-tracker.js';

/** Rate limits that record each user's takes and can hold the next one of a user until released. */
function heldRateLimits() {
  const inner = createInProcessRateLimits();
  const takes: { userId: number; action: string }[] = [];
  let held: { userId: number; reached: () => void; released: Promise<void> } | null = null;
  const rateLimits: RateLimits = {
    take: async (request) => {
      takes.push({ userId: request.key.userId, action: request.key.action });
      const decision = await inner.take(request);
      const hold = held;
      if (hold?.userId === request.key.userId) {
        held = null;
        hold.reached();
        await hold.released;
      }
      return decision;
    },
  };
  const holdNext = (userId: number) => {
    let reached = (): void => undefined;
    let release = (): void => undefined;
    const isReached = new Promise<void>((resolve) => (reached = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    held = { userId, reached: () => reached(), released };
    return { reached: isReached, release: () => release() };
  };
  return { rateLimits, takes, holdNext };
}

function hubWithHeldRateLimits() {
  const store = createMemoryStore();
  const limits = heldRateLimits();
  const services = createCoreServices({
    store,
    logger: silentLogger,
    hasher: createPbkdf2PasswordHasher(1_000),
    rateLimits: limits.rateLimits,
  });
  const api = createStudyMateApi(services);
  const call = async (request: { method: string; path: string; token: string; body?: unknown }) => {
    const { method, path, token, body } = request;
    const response = await api({
      method,
      url: `http://localhost${path}`,
      contentType: body === undefined ? null : 'application/json',
      authorization: token ? `Bearer ${token}` : null,
      body: body === undefined ? null : JSON.stringify(body),
    });
    return response.body as Record<string, unknown>;
  };
  const register = async (email: string) => {
    const body = { email, password: 'long-enough-1', password_confirm: 'long-enough-1' };
    const registered = (await call({ method: 'POST', path: '/api/auth/register/', token: '', body })) as {
      user: { id: number };
      tokens: { access: string; refresh: string };
    };
    return { id: registered.user.id, ...registered.tokens };
  };
  const hub = createChatHub(services, { presence: createPresenceTracker() });
  /** Opens a socket and resolves once it is a live member of the room. */
  const open = async (path: string, token: string) => {
    const events: ServerEvent[] = [];
    const closes: number[] = [];
    const socket = hub.connect({
      pathname: path,
      token,
      lastMessageId: null,
      transport: {
        send: (data) => events.push(JSON.parse(data) as ServerEvent),
        close: (code) => closes.push(code),
      },
    });
    while (events.length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    await new Promise((resolve) => setTimeout(resolve, 5));
    return { socket, events, closes };
  };
  return { call, register, open, hub, ...limits };
}

describe('a chat socket whose access ends with frames still queued', () => {
  it('handles none of them: no typing reaches the room, no message is stored, no budget is counted', async () => {
    const { call, register, open, hub, holdNext, takes } = hubWithHeldRateLimits();
    const admin = await register('admin@example.com');
    const member = await register('member@example.com');
    const group = (await call({
      method: 'POST',
      path: '/api/groups/',
      token: admin.access,
      body: { name: 'Queue' },
    })) as { id: number };
    await call({ method: 'POST', path: `/api/groups/${group.id}/join/`, token: member.access, body: {} });
    const path = `/ws/groups/${group.id}/chat/`;
    const watcher = await open(path, admin.access);
    const leaver = await open(path, member.access);

    const held = holdNext(member.id);
    leaver.socket.receive(JSON.stringify({ type: 'typing_indicator', is_typing: true }));
    await held.reached; // the first frame is being handled...
    leaver.socket.receive(JSON.stringify({ type: 'typing_indicator', is_typing: false }));
    leaver.socket.receive(JSON.stringify({ type: 'chat_message', content: 'after logout', client_id: 'c1' }));
    leaver.socket.receive(JSON.stringify({ type: 'message_read', message_ids: [1] }));
    const takesBefore = takes.length;
    // ...when the session that opened the socket logs out: its access ends.
    await call({
      method: 'POST',
      path: '/api/auth/logout/',
      token: member.access,
      body: { refresh: member.refresh },
    });
    expect(leaver.closes).toEqual([CloseCode.forbidden]);
    held.release();
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(watcher.events.map((event) => event.type)).toEqual(['connection_established']);
    expect(takes.slice(takesBefore)).toEqual([]);
    const history = (await call({
      method: 'GET',
      path: `/api/groups/${group.id}/messages/`,
      token: admin.access,
    })) as {
      results: unknown[];
    };
    expect(history.results).toEqual([]);
    hub.close();
  });
});
