import type { GroupMessage } from '@studymate/contract';
import type { MessageRecord, Store } from '../../ports/store/store.js';
import { presentUserSummary } from '../../rules/people/present-user.js';

/** Messages with their senders and the caller's read state, in two reads for the whole page. */
export async function presentGroupMessages(
  messages: MessageRecord[],
  context: { store: Store; callerId: number },
): Promise<GroupMessage[]> {
  const ids = messages.map((message) => message.id);
  const [senders, read] = await Promise.all([
    context.store.users.findByIds([...new Set(messages.map((message) => message.senderId))]),
    context.store.chat.readMessageIds(context.callerId, ids),
  ]);
  return messages.map((message) => {
    const sender = senders.get(message.senderId);
    if (!sender) throw new Error(`Message ${message.id} has no sender ${message.senderId}`);
    return {
      id: message.id,
      conversation: message.conversationId,
      sender: presentUserSummary(sender),
      content: message.content,
      is_read: message.senderId === context.callerId || read.has(message.id),
      created_at: message.createdAt.toISOString(),
    };
  });
}
