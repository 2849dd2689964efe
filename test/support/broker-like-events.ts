import { createChatEventHub } from '../../core/adapters/in-process/chat-event-hub.js';
import type { ChatEvents } from '../../core/ports/chat-events.js';

/** Chat events as a broker delivers them: possibly out of order, possibly missed while cut off. */
export function brokerLikeEvents() {
  const inner = createChatEventHub();
  const resyncs = new Set<() => void>();
  let cut = false;
  const events: ChatEvents = {
    crossesProcesses: true,
    publish: (event) => {
      if (!cut) inner.publish(event);
    },
    subscribe: (listener) => inner.subscribe(listener),
    onResync: (listener) => {
      resyncs.add(listener);
      return () => resyncs.delete(listener);
    },
  };
  return {
    events,
    cut: () => (cut = true),
    /** Back without a word: nobody is told that something was missed. */
    restore: () => (cut = false),
    reconnect: () => {
      cut = false;
      for (const listener of resyncs) listener();
    },
  };
}
