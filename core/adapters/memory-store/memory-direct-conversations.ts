import type { ConversationRecord } from '../../ports/store/store.js';
import { GroupedRows, UniqueRows } from './memory-indexes.js';
import type { MemoryTable } from './table.js';

interface DirectIndexes {
  /** Each accepted connection's conversation. */
  byConnection: UniqueRows<ConversationRecord, number>;
  /** Each user's direct conversations by newest activity. */
  byParticipant: GroupedRows<ConversationRecord>;
}

const indexesOfTable = new WeakMap<MemoryTable<ConversationRecord>, DirectIndexes>();

/** The direct conversations' indexes of a conversations table (built once, kept by the table). */
export function directConversationIndexes(conversations: MemoryTable<ConversationRecord>): DirectIndexes {
  let indexes = indexesOfTable.get(conversations);
  if (!indexes) {
    indexes = {
      byConnection: new UniqueRows((row: ConversationRecord) =>
        row.kind === 'direct' ? row.connectionId : null,
      ),
      byParticipant: new GroupedRows(
        (row: ConversationRecord) => row.participantIds,
        (row) => row.updatedAt,
        (row) => row.kind === 'direct',
      ),
    };
    conversations.watch(indexes.byConnection, indexes.byParticipant);
    indexesOfTable.set(conversations, indexes);
  }
  return indexes;
}

/** Gets or creates a connection's direct conversation; synchronous, so callers stay atomic. */
export function ensureDirectConversation(
  conversations: MemoryTable<ConversationRecord>,
  connection: { connectionId: number; participantIds: number[]; at: Date },
): { conversation: ConversationRecord; created: boolean } {
  const existing = directConversationIndexes(conversations).byConnection.get(connection.connectionId);
  if (existing) return { conversation: { ...existing }, created: false };
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
