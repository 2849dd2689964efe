import type { MessageRecord } from '../../store/store.js';

/** What happened in a conversation, for whoever delivers it (the realtime layer). */
export type ChatEvent =
  | { type: 'message_created'; conversationId: number; message: MessageRecord }
  | { type: 'messages_read'; conversationId: number; userId: number; messageIds: number[]; readAt: Date };

export type ChatEventListener = (event: ChatEvent) => void;

/** Core publishes; the realtime layer subscribes. In process now, a broker later. */
export interface ChatEvents {
  publish(event: ChatEvent): void;
  subscribe(listener: ChatEventListener): () => void;
}

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
