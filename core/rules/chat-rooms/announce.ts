import type { MessageRecord } from '../../ports/store/store.js';
import type { CoreServices } from '../../context.js';

/**
 * Stores a message once (a repeated `clientId` from the sender returns the first) and announces
 * a new one to the realtime layer: the one path for REST and WebSocket sends alike.
 */
export async function storeAndAnnounceMessage(
  services: CoreServices,
  message: { conversationId: number; senderId: number; content: string; clientId: string | null },
): Promise<{ message: MessageRecord; created: boolean }> {
  const stored = await services.store.chat.createMessage({ ...message, createdAt: services.clock.now() });
  if (stored.created) {
    services.events.publish({
      type: 'message_created',
      conversationId: message.conversationId,
      message: stored.message,
    });
  }
  return stored;
}

/** Marks others' unread messages read and announces them as `messages_read`: REST and WebSocket alike. */
export async function markAndAnnounceRead(
  services: CoreServices,
  read: { conversationId: number; userId: number; messageIds: number[] | null },
): Promise<number[]> {
  const at = services.clock.now();
  const marked = await services.store.chat.markRead({ ...read, at });
  if (marked.length > 0) {
    services.events.publish({
      type: 'messages_read',
      conversationId: read.conversationId,
      userId: read.userId,
      messageIds: marked,
      readAt: at,
    });
  }
  return marked;
}
