import type { GroupMessage } from '@studymate/contract';
import type { ListedMessage } from '../../ports/store/store.js';
import { presentUserSummary } from '../../rules/people/present-user.js';
import { isoTime } from '../../rules/time/iso-time.js';

/** A message with its sender and whether the caller has read it (their own always are). */
export function presentGroupMessage(
  { message, sender, reads }: ListedMessage,
  callerId: number,
): GroupMessage {
  if (!sender) throw new Error(`Message ${message.id} has no sender ${message.senderId}`);
  return {
    id: message.id,
    conversation: message.conversationId,
    sender: presentUserSummary(sender),
    content: message.content,
    is_read: message.senderId === callerId || reads.has(callerId),
    created_at: isoTime(message.createdAt),
  };
}

/** A page of messages read with their senders and the caller's reads (`listMessagesWithReads`). */
export function presentGroupMessages(rows: ListedMessage[], callerId: number): GroupMessage[] {
  return rows.map((row) => presentGroupMessage(row, callerId));
}
