import type { ConversationRecord, MessageRecord, Store } from '../../ports/store/store.js';

/** Direct messages with senders and read receipts (read by the recipient), in two reads for the page. */
export async function presentChatMessages(
  messages: MessageRecord[],
  context: { store: Store; conversation: ConversationRecord },
) {
  const [senders, readTimes] = await Promise.all([
    context.store.users.findByIds([...new Set(messages.map((message) => message.senderId))]),
    context.store.chat.readTimes(messages.map((message) => message.id)),
  ]);
  return messages.map((message) => {
    const sender = senders.get(message.senderId);
    const recipient = context.conversation.participantIds.find((id) => id !== message.senderId);
    const readAt = recipient === undefined ? undefined : readTimes.get(message.id)?.get(recipient);
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
