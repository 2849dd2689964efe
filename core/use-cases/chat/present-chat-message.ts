import type { ConversationRecord, ListedMessage } from '../../ports/store/store.js';
import { isoTime } from '../../rules/time/iso-time.js';

/** Direct messages read with their senders and the participants' reads (read by the recipient). */
export function presentChatMessages(rows: ListedMessage[], conversation: ConversationRecord) {
  return rows.map(({ message, sender, reads }) => {
    const recipient = conversation.participantIds.find((id) => id !== message.senderId);
    const readAt = recipient === undefined ? undefined : reads.get(recipient);
    return {
      id: message.id,
      sender_id: message.senderId,
      sender_name: sender?.fullName ?? '',
      sender_avatar: sender?.avatarUrl ?? null,
      content: message.content,
      is_read: readAt !== undefined,
      read_at: readAt ? isoTime(readAt) : null,
      created_at: isoTime(message.createdAt),
    };
  });
}
