import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChatConnection, ChatConnectionOptions } from './chat-connection.js';
import type { ChatError } from './connection-state.js';
import {
  FakeSocket,
  FakeSocketWithPings,
  fakeChatConnection,
  latestSocket,
} from './fake-chat-socket.test-support.js';

// Pings but no terminate(): a heartbeat timeout closes the socket.
const latest = () => latestSocket(FakeSocketWithPings);

const connection = (overrides: Partial<ChatConnectionOptions> = {}) =>
  fakeChatConnection(FakeSocketWithPings, { backoff: { baseMs: 1_000, maxMs: 1_000 }, ...overrides });

function errorsOf(chat: ChatConnection) {
  const errors: ChatError[] = [];
  chat.on('error', (error) => errors.push(error));
  return errors;
}

beforeEach(() => {
  vi.useFakeTimers();
  FakeSocket.instances = [];
});
afterEach(() => {
  vi.useRealTimers();
});

describe('ChatConnection lifecycle', () => {
  it('closes for good, reporting unauthenticated, when there is no access token (signed out)', async () => {
    for (const accessToken of [() => Promise.resolve(null)]) {
      FakeSocket.instances = [];
      const chat = connection({ accessToken });
      const errors = errorsOf(chat);
      const failure = chat.send('lost').then(
        () => null,
        (error: unknown) => error,
      );
      await vi.advanceTimersByTimeAsync(0);
      expect(chat.state).toBe('closed');
      expect(errors).toEqual([{ code: 'unauthenticated', message: 'No access token: sign in first.' }]);
      expect(FakeSocket.instances).toHaveLength(0);
      expect(await failure).toMatchObject({ name: 'ChatClosedError', reason: errors[0] });
    }
  });

  it('retries, reporting connection_failed, when getting a token failed (the network, a 5xx)', async () => {
    let calls = 0;
    const accessToken = () => {
      calls += 1;
      return calls === 1 ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve('token-1');
    };
    const chat = connection({ accessToken });
    const errors = errorsOf(chat);
    await vi.advanceTimersByTimeAsync(0);
    expect(chat.state).toBe('reconnecting');
    expect(errors).toEqual([
      { code: 'connection_failed', message: 'Could not get an access token: TypeError: Failed to fetch' },
    ]);
    await vi.advanceTimersByTimeAsync(500);
    latest().establish();
    expect(chat.state).toBe('open');
    chat.close();
  });

  it('opens no socket when closed while its token was being fetched', async () => {
    let giveToken: (token: string) => void = () => undefined;
    const chat = connection({ accessToken: () => new Promise((resolve) => (giveToken = resolve)) });
    await vi.advanceTimersByTimeAsync(0);
    chat.close();
    giveToken('token-1');
    await vi.advanceTimersByTimeAsync(0);
    expect(FakeSocket.instances).toHaveLength(0);
    expect(chat.state).toBe('closed');
  });

  it('retries after the backoff when the WebSocket constructor throws', async () => {
    let calls = 0;
    const Flaky = class extends FakeSocket {
      constructor(url: string) {
        calls += 1;
        if (calls === 1) throw new Error('bad URL');
        super(url);
      }
    };
    const chat = connection({ WebSocket: Flaky });
    await vi.advanceTimersByTimeAsync(0);
    expect(chat.state).toBe('reconnecting');
    expect(FakeSocket.instances).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(500);
    expect(FakeSocket.instances).toHaveLength(1);
    chat.close();
  });

  it('reports connection_failed when the WebSocket constructor throws', async () => {
    const Broken = function () {
      throw new SyntaxError('Invalid URL');
    } as unknown as typeof FakeSocket;
    const chat = connection({ WebSocket: Broken });
    const errors = errorsOf(chat);
    await vi.advanceTimersByTimeAsync(0);
    expect(errors).toEqual([
      {
        code: 'connection_failed',
        message: 'Could not open a WebSocket to ws://chat.test/ws/chat/1/: SyntaxError: Invalid URL',
      },
    ]);
    chat.close();
  });

  it('reports connection_failed when a socket closes before the room opens, and retries', async () => {
    const chat = connection();
    const errors = errorsOf(chat);
    await vi.advanceTimersByTimeAsync(0);
    latest().serverClose(1006);
    expect(chat.state).toBe('reconnecting');
    expect(errors).toEqual([
      {
        code: 'connection_failed',
        message: 'The connection to ws://chat.test/ws/chat/1/ closed before the room opened (1006).',
      },
    ]);
    await vi.advanceTimersByTimeAsync(500);
    expect(FakeSocket.instances).toHaveLength(2);
    chat.close();
  });

  it('reports no error when an open room drops: the state says reconnecting', async () => {
    const chat = connection();
    const errors = errorsOf(chat);
    await vi.advanceTimersByTimeAsync(0);
    latest().establish();
    latest().serverClose(1006);
    expect(chat.state).toBe('reconnecting');
    expect(errors).toEqual([]);
    chat.close();
  });

  it('gives up on an attempt with no connection_established within connectTimeoutMs, and retries', async () => {
    const chat = connection({ connectTimeoutMs: 2_000 });
    const errors = errorsOf(chat);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(errors).toEqual([]);
    const silent = latest();
    await vi.advanceTimersByTimeAsync(1);
    expect(silent.closedWith).toEqual([4000, 'Connect timeout']);
    expect(errors).toEqual([
      { code: 'connection_failed', message: 'No answer from ws://chat.test/ws/chat/1/ within 2 s.' },
    ]);
    await vi.advanceTimersByTimeAsync(500);
    latest().establish();
    await vi.advanceTimersByTimeAsync(10_000);
    expect([chat.state, FakeSocket.instances.length, errors.length]).toEqual(['open', 2, 1]);
    chat.close();
  });

  it('transmits a send made before connection_established only once, on open', async () => {
    const chat = connection();
    await vi.advanceTimersByTimeAsync(0);
    // close() below rejects it: that is not this test's concern.
    chat.send('early').catch(() => undefined);
    expect(latest().sent).toEqual([]);
    latest().establish();
    expect(latest().sent).toEqual([{ type: 'chat_message', content: 'early', client_id: 'c1' }]);
    chat.close();
  });

  it('does not say typing before the connection opens, and says it at once after', async () => {
    const chat = connection();
    await vi.advanceTimersByTimeAsync(0);
    chat.typing();
    latest().establish();
    expect(latest().sent).toEqual([]);
    chat.typing();
    expect(latest().sent).toEqual([{ type: 'typing_indicator', is_typing: true }]);
    chat.close();
  });

  it('does not send a typing stop on a new socket that has not opened yet', async () => {
    const chat = connection({ typing: { throttleMs: 100, idleMs: 3_000 } });
    await vi.advanceTimersByTimeAsync(0);
    latest().establish();
    chat.typing();
    latest().serverClose(1006);
    await vi.advanceTimersByTimeAsync(500);
    expect(FakeSocket.instances).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(latest().sent).toEqual([]);
    chat.close();
  });

  it('marks messages read only while open, and never an empty list', async () => {
    const chat = connection();
    await vi.advanceTimersByTimeAsync(0);
    chat.markRead([1]);
    latest().establish();
    chat.markRead([]);
    chat.markRead([2, 3]);
    expect(latest().sent).toEqual([{ type: 'message_read', message_ids: [2, 3] }]);
    chat.close();
  });

  it('watches the socket’s pings: a ping restarts the heartbeat wait', async () => {
    const chat = connection({ heartbeatTimeoutMs: 1_000 });
    const errors = errorsOf(chat);
    await vi.advanceTimersByTimeAsync(0);
    latest().establish();
    await vi.advanceTimersByTimeAsync(900);
    latest().ping();
    await vi.advanceTimersByTimeAsync(900);
    expect(errors).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    expect(errors).toEqual([
      { code: 'heartbeat_timeout', message: 'The server stopped answering; reconnecting.' },
    ]);
    chat.close();
  });

  it('reports the server’s close reason, or the close code when it gave none', async () => {
    for (const [reason, message] of [
      ['Access revoked', 'Access revoked'],
      ['', 'Closed by the server (4003).'],
    ]) {
      const chat = connection();
      const errors = errorsOf(chat);
      await vi.advanceTimersByTimeAsync(0);
      latest().serverClose(4003, reason);
      expect(errors).toEqual([{ code: 'closed_by_server', closeCode: 4003, message }]);
    }
  });

  it('ignores a late close from a socket it already replaced', async () => {
    const chat = connection();
    await vi.advanceTimersByTimeAsync(0);
    const first = latest();
    const firstOnClose = first.onclose!;
    first.serverClose(1006);
    await vi.advanceTimersByTimeAsync(500);
    latest().establish();
    firstOnClose({ code: 1006, reason: '' });
    expect(chat.state).toBe('open');
    expect(FakeSocket.instances).toHaveLength(2);
    chat.close();
  });

  it('closes its socket with 1000 on close(), reporting no error', async () => {
    const chat = connection();
    const errors = errorsOf(chat);
    await vi.advanceTimersByTimeAsync(0);
    latest().establish();
    const socket = latest();
    chat.close();
    expect(socket.closedWith).toEqual([1000, 'Closed by the client']);
    expect(errors).toEqual([]);
    expect(chat.state).toBe('closed');
  });
});
