import type { ConversationRecord } from '../../ports/store/store.js';
import type { MemoryTable } from './table.js';

/** Gets or creates a connection's direct conversation; synchronous, so callers stay atomic. */
export function ensureDirectConversation(
  conversations: MemoryTable<ConversationRecord>,
  connection: { connectionId: number; participantIds: number[]; at: Date },
): { conversation: ConversationRecord; created: boolean } {
  const existing = conversations.find(
    (row) => row.kind === 'direct' && row.connectionId === connection.connectionId,
  );
  if (existing) return { conversation: existing, created: false };
  const conversation = conversations.insert({
    kind: 'direct',
    groupId: null,
    connectionId: connection.connectionId,
    participantIds: [...connection.participantIds],
    createdAt: connection.at,
    updatedAt: connection.at,
  });
  return { conversation, created: true };
}
