import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChatState } from './connection-state.js';
import { FakeSocket, fakeChatConnection, latestSocket } from './fake-chat-socket.test-support.js';
import type { NetworkStatus } from './network-status.js';

/** The device's network, played by the test: `navigator.onLine` and its events. */
function playedNetwork(online = true) {
  const listeners = new Set<(online: boolean) => void>();
  const network: NetworkStatus & { set(online: boolean): void; listeners: typeof listeners } = {
    listeners,
    isOnline: () => online,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      online = next;
      for (const listener of listeners) listener(next);
    },
  };
  return network;
}

// The browser's socket: no pings, so no heartbeat runs through the long offline waits.
const latest = () => latestSocket(FakeSocket);

function connection(network: NetworkStatus) {
  const chat = fakeChatConnection(FakeSocket, { backoff: { baseMs: 1_000, maxMs: 1_000 }, network });
  const states: ChatState[] = [chat.state];
  chat.on('state', (state) => states.push(state));
  return { chat, states };
}

beforeEach(() => {
  vi.useFakeTimers();
  FakeSocket.instances = [];
});
afterEach(() => {
  vi.useRealTimers();
});

describe('ChatConnection and the network', () => {
  it('starts offline without a socket, and connects the moment the network is back', async () => {
    const network = playedNetwork(false);
    const { chat, states } = connection(network);
    await vi.advanceTimersByTimeAsync(60_000);
    expect([chat.state, FakeSocket.instances.length]).toEqual(['offline', 0]);
    network.set(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(FakeSocket.instances).toHaveLength(1);
    latest().establish();
    expect(states).toEqual(['offline', 'connecting', 'open']);
    chat.close();
  });

  it('drops its socket when the device goes offline, makes no attempt meanwhile, and resumes at once', async () => {
    const network = playedNetwork();
    const { chat, states } = connection(network);
    await vi.advanceTimersByTimeAsync(0);
    latest().establish();
    latest().deliver(41);
    const dropped = latest();
    network.set(false);
    expect(dropped.closedWith).toEqual([4000, 'The device went offline']);
    expect(dropped.onclose).toBeNull();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(FakeSocket.instances).toHaveLength(1);
    network.set(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(FakeSocket.instances).toHaveLength(2);
    expect(latest().url).toContain('last_message_id=41');
    latest().establish();
    expect(states).toEqual(['connecting', 'open', 'offline', 'reconnecting', 'open']);
    chat.close();
  });

  it('cancels a pending backoff when the device goes offline', async () => {
    const network = playedNetwork();
    const { chat } = connection(network);
    await vi.advanceTimersByTimeAsync(0);
    latest().establish();
    latest().onclose?.({ code: 1006, reason: '' });
    expect(chat.state).toBe('reconnecting');
    network.set(false);
    await vi.advanceTimersByTimeAsync(5_000);
    expect([chat.state, FakeSocket.instances.length]).toEqual(['offline', 1]);
    chat.close();
  });

  it('goes offline instead of retrying when its socket dies before the offline event', async () => {
    let online = true;
    const network = playedNetwork();
    network.isOnline = () => online;
    const { chat } = connection(network);
    await vi.advanceTimersByTimeAsync(0);
    latest().establish();
    online = false;
    latest().onclose?.({ code: 1006, reason: '' });
    await vi.advanceTimersByTimeAsync(5_000);
    expect([chat.state, FakeSocket.instances.length]).toEqual(['offline', 1]);
    online = true;
    network.set(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(FakeSocket.instances).toHaveLength(2);
    chat.close();
  });

  it('keeps sends while offline and sends them once the room reopens', async () => {
    const network = playedNetwork(false);
    const { chat } = connection(network);
    await vi.advanceTimersByTimeAsync(0);
    const echoed = chat.send('written offline');
    network.set(true);
    await vi.advanceTimersByTimeAsync(0);
    latest().establish();
    expect(latest().sent).toEqual([{ type: 'chat_message', content: 'written offline', client_id: 'c1' }]);
    latest().deliver(7, 'c1');
    await expect(echoed).resolves.toMatchObject({ message_id: 7, client_id: 'c1' });
    chat.close();
  });

  it('ignores the online event unless it is offline, and stops listening once closed', async () => {
    const network = playedNetwork();
    const { chat } = connection(network);
    await vi.advanceTimersByTimeAsync(0);
    latest().establish();
    network.set(true);
    expect([chat.state, FakeSocket.instances.length]).toEqual(['open', 1]);
    chat.close();
    expect(network.listeners.size).toBe(0);
  });
});
