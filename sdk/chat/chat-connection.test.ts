import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backoffDelay } from './backoff.js';
import type { ChatConnectionOptions } from './chat-connection.js';
import type { ChatState } from './connection-state.js';
import {
  FakeSocket,
  FakeWsSocket,
  fakeChatConnection,
  latestSocket,
} from './fake-chat-socket.test-support.js';

// The ws package's socket: pings, and terminate() on a heartbeat timeout.
const latest = () => latestSocket(FakeWsSocket);

const connection = (overrides: Partial<ChatConnectionOptions> = {}) =>
  fakeChatConnection(FakeWsSocket, overrides);

beforeEach(() => {
  vi.useFakeTimers();
  FakeSocket.instances = [];
});
afterEach(() => {
  vi.useRealTimers();
});

describe('backoffDelay', () => {
  it('draws a full-jitter delay under an exponentially growing, capped ceiling', () => {
    const bounds = { baseMs: 100, maxMs: 1_000 };
    expect([0, 1, 2, 3, 4, 10].map((attempt) => backoffDelay(attempt, bounds, () => 0.999))).toEqual([
      99, 199, 399, 799, 999, 999,
    ]);
    expect(backoffDelay(3, bounds, () => 0)).toBe(0);
  });
});

describe('ChatConnection', () => {
  it('connects with the token, opens on connection_established and resumes after the last message seen', async () => {
    const chat = connection();
    const states: ChatState[] = [];
    chat.on('state', (state) => states.push(state));
    await vi.advanceTimersByTimeAsync(0);
    expect(latest().url).toBe('ws://chat.test/ws/chat/1/?token=token-1');
    latest().establish();
    latest().serverSend({
      type: 'chat_message',
      message_id: 7,
      sender_id: 2,
      sender_name: 'B',
      sender_avatar: null,
      content: 'hi',
      created_at: '2026-01-01T00:00:00Z',
    });
    latest().serverClose(1006);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(latest().url).toBe('ws://chat.test/ws/chat/1/?token=token-1&last_message_id=7');
    expect(states).toEqual(['open', 'reconnecting']);
    chat.close();
  });

  it('forgets its cursor on resume_reset, tells the app its history is stale, and takes the next messages', async () => {
    const chat = connection({ lastMessageId: 500 });
    const [resets, errors, received]: [unknown[], unknown[], number[]] = [[], [], []];
    chat.on('reset', (reset) => resets.push(reset));
    chat.on('error', (error) => errors.push(error));
    chat.on('message', (message) => received.push(message.message_id));
    await vi.advanceTimersByTimeAsync(0);
    expect(latest().url).toBe('ws://chat.test/ws/chat/1/?token=token-1&last_message_id=500');
    latest().establish();
    latest().serverSend({ type: 'error', code: 'resume_reset', message: 'Nothing after 500.' });
    latest().serverSend({
      type: 'chat_message',
      message_id: 13,
      sender_id: 2,
      sender_name: 'B',
      sender_avatar: null,
      content: 'after the reset',
      created_at: '2026-01-01T00:00:00Z',
    });
    expect(resets).toEqual([{ lastMessageId: 500, message: 'Nothing after 500.' }]);
    expect(errors).toEqual([]);
    expect(received).toEqual([13]);
    expect(chat.messages.map((message) => message.content)).toEqual(['after the reset']);
    latest().serverClose(1006);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(latest().url).toBe('ws://chat.test/ws/chat/1/?token=token-1&last_message_id=13');
    chat.close();
  });

  it('without a cursor, resumes from the newest id connection_established told after a reconnect', async () => {
    const chat = connection();
    await vi.advanceTimersByTimeAsync(0);
    expect(latest().url).toBe('ws://chat.test/ws/chat/1/?token=token-1');
    latest().establish(4);
    latest().serverClose(1006);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(latest().url).toBe('ws://chat.test/ws/chat/1/?token=token-1&last_message_id=4');
    latest().establish(6);
    [5, 6].forEach((id) => latest().deliver(id));
    expect(chat.messages.map((message) => message.message_id)).toEqual([5, 6]);
    chat.close();
  });

  it('resumes from 0 (the whole history) when an empty room told 0', async () => {
    const chat = connection();
    await vi.advanceTimersByTimeAsync(0);
    latest().establish(0);
    latest().serverClose(1006);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(latest().url).toBe('ws://chat.test/ws/chat/1/?token=token-1&last_message_id=0');
    chat.close();
  });

  it('asks for the whole history with lastMessageId 0', async () => {
    const chat = connection({ lastMessageId: 0 });
    await vi.advanceTimersByTimeAsync(0);
    expect(latest().url).toBe('ws://chat.test/ws/chat/1/?token=token-1&last_message_id=0');
    latest().establish(3);
    [1, 2, 3].forEach((id) => latest().deliver(id));
    expect(chat.messages.map((message) => message.message_id)).toEqual([1, 2, 3]);
    chat.close();
  });

  it('keeps its own cursor rather than the newest id the server tells', async () => {
    const chat = connection({ lastMessageId: 2 });
    await vi.advanceTimersByTimeAsync(0);
    latest().establish(9);
    latest().serverClose(1006);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(latest().url).toBe('ws://chat.test/ws/chat/1/?token=token-1&last_message_id=2');
    chat.close();
  });

  it('after resume_reset, resumes from the newest id the server started it at', async () => {
    const chat = connection({ lastMessageId: 500 });
    await vi.advanceTimersByTimeAsync(0);
    latest().establish(12);
    latest().serverSend({ type: 'error', code: 'resume_reset', message: 'Nothing after 500.' });
    latest().serverClose(1006);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(latest().url).toBe('ws://chat.test/ws/chat/1/?token=token-1&last_message_id=12');
    chat.close();
  });

  it('waits a jittered, growing delay between attempts that never open', async () => {
    // random() = 0.5: half of each ceiling, 1 s then 2 s then 4 s, so the delays are 500, 1000, 2000 ms.
    const chat = connection({ backoff: { baseMs: 1_000, maxMs: 8_000 } });
    await vi.advanceTimersByTimeAsync(0);
    for (const [index, delay] of [500, 1_000, 2_000].entries()) {
      latest().serverClose(1006);
      await vi.advanceTimersByTimeAsync(delay - 1);
      expect(FakeSocket.instances).toHaveLength(index + 1);
      await vi.advanceTimersByTimeAsync(1);
      expect(FakeSocket.instances).toHaveLength(index + 2);
    }
    chat.close();
  });

  it('starts the delay again from the first step once a connection opens', async () => {
    const chat = connection({ backoff: { baseMs: 1_000, maxMs: 8_000 } });
    await vi.advanceTimersByTimeAsync(0);
    for (const delay of [500, 1_000]) {
      latest().serverClose(1006);
      await vi.advanceTimersByTimeAsync(delay);
    }
    expect(FakeSocket.instances).toHaveLength(3);
    latest().establish();
    expect(chat.state).toBe('open');
    latest().serverClose(1006);
    expect(chat.state).toBe('reconnecting');
    // Without the reset this would be the third step, 2,000 ms.
    await vi.advanceTimersByTimeAsync(499);
    expect(FakeSocket.instances).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(1);
    expect(FakeSocket.instances).toHaveLength(4);
    chat.close();
  });

  it.each([4001, 4003, 4004])('never retries after close code %i and reports it', async (code) => {
    const chat = connection();
    const errors: unknown[] = [];
    chat.on('error', (error) => errors.push(error));
    await vi.advanceTimersByTimeAsync(0);
    latest().serverClose(code);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(FakeSocket.instances).toHaveLength(1);
    expect(chat.state).toBe('closed');
    expect(errors).toEqual([expect.objectContaining({ code: 'closed_by_server', closeCode: code })]);
  });

  it('queues sends while offline, flushes them on open, and settles each on its echo', async () => {
    const chat = connection();
    const pending = chat.send('queued');
    await vi.advanceTimersByTimeAsync(0);
    expect(latest().sent).toEqual([]);
    latest().establish();
    expect(latest().sent).toEqual([{ type: 'chat_message', content: 'queued', client_id: 'c1' }]);
    latest().serverSend({
      type: 'chat_message',
      message_id: 1,
      sender_id: 1,
      sender_name: 'A',
      sender_avatar: null,
      content: 'queued',
      created_at: '2026-01-01T00:00:00Z',
      client_id: 'c1',
    });
    await expect(pending).resolves.toMatchObject({ message_id: 1, client_id: 'c1' });
    chat.close();
  });

  it('throttles typing and stops it automatically after a pause', async () => {
    const chat = connection({ typing: { throttleMs: 2_000, idleMs: 3_000 } });
    await vi.advanceTimersByTimeAsync(0);
    latest().establish();
    chat.typing();
    await vi.advanceTimersByTimeAsync(1_000);
    chat.typing();
    await vi.advanceTimersByTimeAsync(1_000);
    chat.typing();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(latest().sent).toEqual([
      { type: 'typing_indicator', is_typing: true },
      { type: 'typing_indicator', is_typing: true },
      { type: 'typing_indicator', is_typing: false },
    ]);
    chat.close();
  });

  it('drops and reconnects a socket whose server stopped pinging', async () => {
    const chat = connection({ heartbeatTimeoutMs: 5_000 });
    const errors: unknown[] = [];
    chat.on('error', (error) => errors.push(error));
    await vi.advanceTimersByTimeAsync(0);
    latest().establish();
    await vi.advanceTimersByTimeAsync(4_000);
    latest().ping();
    await vi.advanceTimersByTimeAsync(4_000);
    expect(chat.state).toBe('open');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(errors).toEqual([expect.objectContaining({ code: 'heartbeat_timeout' })]);
    expect(chat.state).toBe('reconnecting');
    chat.close();
  });

  it('ignores a frame outside the contract, reporting it', async () => {
    const chat = connection();
    const errors: unknown[] = [];
    chat.on('error', (error) => errors.push(error));
    await vi.advanceTimersByTimeAsync(0);
    latest().serverSend({ type: 'surprise' });
    expect(errors).toEqual([expect.objectContaining({ code: 'invalid_event' })]);
    chat.close();
  });

  it('releases every timer and rejects pending sends on close()', async () => {
    const chat = connection();
    await vi.advanceTimersByTimeAsync(0);
    latest().establish();
    chat.typing();
    const pending = chat.send('never echoed');
    chat.close();
    await expect(pending).rejects.toThrow('closed');
    expect(vi.getTimerCount()).toBe(0);
    expect(latest().closedWith?.[0]).toBe(1000);
    expect(chat.state).toBe('closed');
  });
});
