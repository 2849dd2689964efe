import type { CoreServices } from '../context.js';
import type { AccessRevokedEvent, ChatEvent } from '../ports/chat-events.js';
import type { ChatRoom } from './chat-room.js';
import { catchUpRoom } from './catch-up-room.js';
import { sendMessages } from './send-messages.js';

/**
 * A new message, read receipt or typing indicator of core, delivered to the room's members. Messages
 * and receipts go in the room's order; a typing indicator at once, to all but the socket it came from.
 */
export function fanOutChatEvent(
  services: CoreServices,
  room: ChatRoom,
  event: Exclude<ChatEvent, AccessRevokedEvent>,
): void {
  switch (event.type) {
    case 'message_created': {
      // Announced by several processes, messages may come out of order: read them from the store.
      const newestId = event.message.id;
      void room.enqueue(() =>
        services.events.crossesProcesses
          ? catchUpRoom(services, room, newestId)
          : sendMessages(services, room, { messages: [event.message] }),
      );
      return;
    }
    case 'messages_read':
      void room.enqueue(() => {
        room.broadcast({
          type: 'messages_read',
          user_id: event.userId,
          message_ids: event.messageIds,
          read_at: event.readAt.toISOString(),
        });
        return Promise.resolve();
      });
      return;
    case 'typing':
      room.broadcast(
        {
          type: 'typing_indicator',
          user_id: event.userId,
          user_name: event.userName,
          is_typing: event.isTyping,
        },
        event.fromSocketId,
      );
      return;
  }
}
