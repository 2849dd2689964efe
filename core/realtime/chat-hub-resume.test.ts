import { describe, expect, it, vi } from 'vitest';
import type { ServerEvent } from '../../contract/index.js';
import { inProcessGroup } from '../../test/support/in-process-group.js';
import { createCoreServices, createPbkdf2PasswordHasher, silentLogger } from '../index.js';
import { createMemoryStore } from '../adapters/memory-store/create-memory-store.js';
import { createChatHub } from './chat-hub.js';
import { createPresenceTracker } from './presence-tracker.js';

/** Holds the next read of a room's newest message, after it read, until released. */
function holdNewestRead(store: ReturnType<typeof createMemoryStore>) {
  const read = store.chat.lastMessages.bind(store.chat);
  let hold: { reached: () => void; released: Promise<void> } | null = null;
  store.chat.lastMessages = async (conversationIds) => {
    const newest = await read(conversationIds);
    const current = hold;
    hold = null;
    if (current) {
      current.reached();
      await current.released;
    }
    return newest;
  };
  return () => {
    let reached = (): void => undefined;
    let release = (): void => undefined;
    const isReached = new Promise<void>((resolve) => (reached = resolve));
    hold = { reached: () => reached(), released: new Promise<void>((resolve) => (release = resolve)) };
    return { reached: isReached, release: () => release() };
  };
}

describe('the chat hub joining a socket without last_message_id', () => {
  it('delivers a message stored while it read the room’s newest id, after connection_established', async () => {
    const store = createMemoryStore();
    const holdNext = holdNewestRead(store);
    const services = createCoreServices({
      store,
      logger: silentLogger,
      hasher: createPbkdf2PasswordHasher(1_000),
    });
    const { post, token, group } = await inProcessGroup(services);
    const hub = createChatHub(services, { presence: createPresenceTracker() });

    const held = holdNext();
    const events: ServerEvent[] = [];
    hub.connect({
      pathname: `/ws/groups/${group.id}/chat/`,
      token,
      lastMessageId: null,
      transport: { send: (data) => events.push(JSON.parse(data) as ServerEvent), close: () => undefined },
    });
    await held.reached; // the join read the newest id (none yet)...
    const sent = await post(`/api/groups/${group.id}/messages/`, { content: 'in between' }, token);
    held.release(); // ...and goes on after a message was stored and announced

    // A later message is the barrier: once it arrived, every event before it has been delivered.
    const later = await post(`/api/groups/${group.id}/messages/`, { content: 'later' }, token);
    await vi.waitFor(() => expect(events.at(-1)).toMatchObject({ message_id: later.id }), { timeout: 4_000 });
    expect(events).toEqual([
      { type: 'connection_established', message: 'Connected to chat', last_message_id: 0 },
      expect.objectContaining({ type: 'chat_message', message_id: sent.id, content: 'in between' }),
      expect.objectContaining({ type: 'chat_message', message_id: later.id, content: 'later' }),
    ]);
    hub.close();
  });
});
