import type { ChatEventListener, ChatEvents } from '../../ports/chat-events.js';

/** In-process fan-out. A failing listener is reported and never stops the others or the request. */
export function createChatEventHub(onListenerError: (error: unknown) => void = () => undefined): ChatEvents {
  const listeners = new Set<ChatEventListener>();
  return {
    publish: (event) => {
      for (const listener of listeners) {
        try {
          listener(event);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
