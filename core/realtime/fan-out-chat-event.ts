import type { CoreServices } from '../context.js';
import type { AccessRevokedEvent, ChatEvent } from '../ports/chat-events.js';
import type { ChatRoom } from './chat-room.js';
import { sendMessages } from './send-messages.js';

/** A new message or read receipt of core, delivered to the room's members in the room's order. */
export function fanOutChatEvent(
  services: CoreServices,
  room: ChatRoom,
  event: Exclude<ChatEvent, AccessRevokedEvent>,
): void {
  if (event.type === 'message_created') {
    void room.enqueue(() => sendMessages(services, room, { messages: [event.message] }));
    return;
  }
  void room.enqueue(() => {
    room.broadcast({
      type: 'messages_read',
      user_id: event.userId,
      message_ids: event.messageIds,
      read_at: event.readAt.toISOString(),
    });
    return Promise.resolve();
  });
}
