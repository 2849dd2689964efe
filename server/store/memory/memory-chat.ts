import type { ChatRepo, ConversationRecord, MessageRecord } from '../store.js';
import { MemoryTable } from './table.js';

export function createMemoryChat(conversations: MemoryTable<ConversationRecord>): ChatRepo {
  const messages = new MemoryTable<MessageRecord>();
  const reads = new Map<number, Map<number, Date>>();
  const readersOf = (messageId: number) => {
    let readers = reads.get(messageId);
    if (!readers) reads.set(messageId, (readers = new Map<number, Date>()));
    return readers;
  };

  return {
    findConversation: (id) => Promise.resolve(conversations.get(id)),
    createMessage: (input) => {
      const existing =
        input.clientId === null
          ? null
          : messages.find(
              (row) =>
                row.conversationId === input.conversationId &&
                row.senderId === input.senderId &&
                row.clientId === input.clientId,
            );
      if (existing) return Promise.resolve({ message: existing, created: false });
      const message = messages.insert(input);
      conversations.patch(input.conversationId, { updatedAt: input.createdAt });
      return Promise.resolve({ message, created: true });
    },
    findMessage: (id) => Promise.resolve(messages.get(id)),
    listMessages: (conversationId, cursor, slice) => {
      const rows = messages
        .filter(
          (row) =>
            row.conversationId === conversationId &&
            (cursor.after === undefined || row.id > cursor.after) &&
            (cursor.before === undefined || row.id < cursor.before),
        )
        .sort((a, b) => (cursor.after === undefined ? b.id - a.id : a.id - b.id));
      return Promise.resolve({
        count: rows.length,
        rows: rows.slice(slice.offset, slice.offset + slice.limit),
      });
    },
    readMessageIds: (userId, messageIds) =>
      Promise.resolve(new Set(messageIds.filter((id) => reads.get(id)?.has(userId)))),
    markRead: ({ conversationId, userId, messageIds, at }) => {
      const wanted = messageIds === null ? null : new Set(messageIds);
      const marked = messages
        .filter(
          (row) =>
            row.conversationId === conversationId &&
            row.senderId !== userId &&
            (wanted === null || wanted.has(row.id)) &&
            !reads.get(row.id)?.has(userId),
        )
        .map((row) => {
          readersOf(row.id).set(userId, at);
          return row.id;
        });
      return Promise.resolve(marked.sort((a, b) => a - b));
    },
  };
}
