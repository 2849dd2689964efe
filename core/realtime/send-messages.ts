import type { CoreServices } from '../context.js';
import type { MessageRecord } from '../ports/store/store.js';
import type { ChatRoom, RoomMember } from './chat-room.js';
import { chatMessageEvent, serialize } from './server-events.js';

/**
 * Sends stored messages, in order, to the room's members or to `only` (a joining socket's backlog).
 * A socket gets each message once: anything not newer than what it last received is skipped.
 */
export async function sendMessages(
  services: CoreServices,
  room: ChatRoom,
  delivery: { messages: MessageRecord[]; only?: RoomMember },
): Promise<void> {
  const { messages, only } = delivery;
  const senders = await services.store.users.findByIds([
    ...new Set(messages.map((message) => message.senderId)),
  ]);
  for (const message of messages) {
    const data = serialize(chatMessageEvent(message, senders.get(message.senderId)));
    for (const member of only ? [only] : room.members) {
      if (message.id <= member.lastDeliveredId) continue;
      member.transport.send(data);
      member.lastDeliveredId = message.id;
    }
  }
}
