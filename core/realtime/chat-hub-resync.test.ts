import { describe, expect, it, vi } from 'vitest';
import type { ServerEvent } from '../../contract/index.js';
import { brokerLikeEvents } from '../../test/support/broker-like-events.js';
import { waitLong } from '../../test/support/wait-long.js';
import { inProcessGroup } from '../../test/support/in-process-group.js';
import { createCoreServices, createPbkdf2PasswordHasher, silentLogger } from '../index.js';
import { createMemoryStore } from '../adapters/memory-store/create-memory-store.js';
import type { ChatEvents } from '../ports/chat-events.js';
import { createChatHub } from './chat-hub.js';
import { createPresenceTracker } from './presence-tracker.js';

async function roomWithSocket(events: ChatEvents) {
  const store = createMemoryStore();
  const services = createCoreServices({
    store,
    events,
    logger: silentLogger,
    hasher: createPbkdf2PasswordHasher(1_000),
  });
  const { post, token, group } = await inProcessGroup(services);
  const hub = createChatHub(services, { presence: createPresenceTracker() });
  const received: ServerEvent[] = [];
  hub.connect({
    pathname: `/ws/groups/${group.id}/chat/`,
    token,
    lastMessageId: null,
    transport: { send: (data) => received.push(JSON.parse(data) as ServerEvent), close: () => undefined },
  });
  await vi.waitFor(() => expect(received).toHaveLength(1));
  const send = (content: string) => post(`/api/groups/${group.id}/messages/`, { content }, token);
  const ids = () => received.flatMap((event) => (event.type === 'chat_message' ? [event.message_id] : []));
  return { hub, send, ids, services, token, group };
}

describe('the chat hub behind a broker (events that cross processes)', () => {
  it('reads announced messages from the store: a later announcement brings the earlier ones, in order', async () => {
    const broker = brokerLikeEvents();
    const { hub, send, ids } = await roomWithSocket(broker.events);
    broker.cut();
    const missed = [await send('announced to nobody'), await send('nor this')];
    broker.restore();
    const next = await send('announced');
    await vi.waitFor(() => expect(ids()).toEqual([...missed, next].map((message) => message.id)));
    hub.close();
  });

  it('a resend of a message whose announcement was lost announces it again: every socket gets it once', async () => {
    const broker = brokerLikeEvents();
    const { hub, ids, token, group, services } = await roomWithSocket(broker.events);
    const conversationId = (await services.store.groups.findById(group.id))?.conversationId ?? 0;
    const stored = async () =>
      (await services.store.chat.listMessages(conversationId, {}, { offset: 0, limit: 10 })).count;
    const frames: ServerEvent[] = [];
    const sender = hub.connect({
      pathname: `/ws/groups/${group.id}/chat/`,
      token,
      lastMessageId: null,
      transport: { send: (data) => frames.push(JSON.parse(data) as ServerEvent), close: () => undefined },
    });
    await waitLong(() => expect(frames).toHaveLength(1));
    const message = JSON.stringify({
      type: 'chat_message',
      content: 'stored, never announced',
      client_id: 'c1',
    });
    // As if the process that stored it died before announcing it: the announcement goes nowhere.
    broker.cut();
    sender.receive(message);
    await waitLong(async () => expect(await stored()).toBe(1));
    broker.restore();
    expect(ids()).toEqual([]);

    sender.receive(message);
    await waitLong(() => expect(ids()).toHaveLength(1));
    await waitLong(() =>
      expect(frames.filter((frame) => frame.type === 'chat_message').map((frame) => frame.client_id)).toEqual(
        ['c1'],
      ),
    );
    // A further resend, now that both have it, is only echoed to its sender.
    sender.receive(message);
    await waitLong(() => expect(frames.filter((frame) => frame.type === 'chat_message')).toHaveLength(2));
    expect(ids()).toHaveLength(1);
    hub.close();
  });

  it('after the broker reconnects, every room catches up from the store without waiting for a new message', async () => {
    const broker = brokerLikeEvents();
    const { hub, send, ids } = await roomWithSocket(broker.events);
    const first = await send('heard');
    await vi.waitFor(() => expect(ids()).toEqual([first.id]));
    broker.cut();
    const lost = [await send('lost 1'), await send('lost 2')];
    expect(ids()).toEqual([first.id]);
    broker.reconnect();
    await vi.waitFor(() => expect(ids()).toEqual([first.id, ...lost.map((message) => message.id)]));
    hub.close();
  });
});
