import type { ChatRepo, ConversationRecord, MessageRecord } from '../../ports/store/store.js';
import { ensureDirectConversation } from './memory-direct-conversations.js';
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
    directConversationsOf: (connectionIds) => {
      const wanted = new Set(connectionIds);
      const found = new Map<number, ConversationRecord>();
      for (const row of conversations.filter((conversation) => conversation.kind === 'direct')) {
        if (row.connectionId !== null && wanted.has(row.connectionId)) found.set(row.connectionId, row);
      }
      return Promise.resolve(found);
    },
    ensureDirectConversation: (connection) =>
      Promise.resolve(ensureDirectConversation(conversations, connection)),
    listDirectConversations: (userId, limit) =>
      Promise.resolve(
        conversations
          .filter((row) => row.kind === 'direct' && row.participantIds.includes(userId))
          .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || b.id - a.id)
          .slice(0, limit),
      ),
    lastMessages: (conversationIds) => {
      const found = new Map<number, MessageRecord>();
      for (const id of conversationIds) {
        const last = messages.filter((row) => row.conversationId === id).sort((a, b) => b.id - a.id)[0];
        if (last) found.set(id, last);
      }
      return Promise.resolve(found);
    },
    unreadCounts: (userId, conversationIds) =>
      Promise.resolve(
        new Map(
          conversationIds.map((id) => [
            id,
            messages.filter(
              (row) =>
                row.conversationId === id && row.senderId !== userId && !reads.get(row.id)?.has(userId),
            ).length,
          ]),
        ),
      ),
    readTimes: (messageIds) => {
      const found = new Map<number, Map<number, Date>>();
      for (const id of messageIds) {
        const readers = reads.get(id);
        if (readers) found.set(id, new Map(readers));
      }
      return Promise.resolve(found);
    },
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
