import type { ChatEventListener, ChatEvents } from '@studymate/core';
import { decodeChatEvent, encodeChatEvent } from './chat-event-wire.js';
import type { RedisConnection } from './redis-connection.js';

/**
 * Chat events through one Redis channel: every process publishes there and hears every process,
 * itself included, so a room's sockets get an event once whichever process they are on. One
 * process's events keep their order (one connection, one channel); events of different processes
 * may cross, hence `crossesProcesses` (the hub then reads new messages from the store, in order).
 */
export async function createRedisChatEvents(setup: {
  publisher: RedisConnection;
  subscriber: RedisConnection;
  channel: string;
  onError: (message: string, error: unknown) => void;
}): Promise<ChatEvents> {
  const { publisher, subscriber, channel, onError } = setup;
  const listeners = new Set<ChatEventListener>();
  const resyncListeners = new Set<() => void>();
  // The subscriber is connected already: 'ready' comes again only after a reconnect, and what
  // was published meanwhile never arrived here.
  subscriber.on('ready', () => {
    for (const listener of resyncListeners) listener();
  });
  await subscriber.subscribe(channel, (text) => {
    let event;
    try {
      event = decodeChatEvent(text);
    } catch (error) {
      onError('An unreadable chat event came from Redis', error);
      return;
    }
    for (const listener of listeners) {
      try {
        listener(event);
      } catch (error) {
        onError('A chat event listener failed', error);
      }
    }
  });
  return {
    crossesProcesses: true,
    onResync: (listener) => {
      resyncListeners.add(listener);
      return () => resyncListeners.delete(listener);
    },
    publish: (event) => {
      publisher.publish(channel, encodeChatEvent(event)).catch((error: unknown) => {
        onError('A chat event could not be published to Redis', error);
      });
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
