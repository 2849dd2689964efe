import type { ConversationRecord, ListedMessage } from '../../ports/store/store.js';

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
      read_at: readAt?.toISOString() ?? null,
      created_at: message.createdAt.toISOString(),
    };
  });
}
