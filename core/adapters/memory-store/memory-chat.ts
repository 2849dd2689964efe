import type {
  ChatRepo,
  ConversationRecord,
  MessageCursor,
  MessageRecord,
  Slice,
  UserRecord,
} from '../../ports/store/store.js';
import { directConversationIndexes, ensureDirectConversation } from './memory-direct-conversations.js';
import { GroupedRows, UniqueRows } from './memory-indexes.js';
import { MemoryTable } from './table.js';

const copy = <Row>(row: Row): Row => ({ ...row });

export function createMemoryChat(tables: {
  conversations: MemoryTable<ConversationRecord>;
  users: MemoryTable<UserRecord>;
}): ChatRepo {
  const { conversations } = tables;
  const messages = new MemoryTable<MessageRecord>();
  // Each conversation's messages by id; each sender's count per conversation; resends by client id.
  const byConversation = new GroupedRows(
    (row: MessageRecord) => row.conversationId,
    (row) => row.id,
  );
  const bySender = new GroupedRows((row: MessageRecord) => `${row.conversationId}:${row.senderId}`);
  const byClientId = new UniqueRows((row: MessageRecord) =>
    row.clientId === null ? null : `${row.conversationId}:${row.senderId}:${row.clientId}`,
  );
  messages.watch(byConversation, bySender, byClientId);
  const direct = directConversationIndexes(conversations);
  const reads = new Map<number, Map<number, Date>>();
  /** Messages of others each user has read, per conversation: unread counts without a walk. */
  const readCounts = new Map<string, number>();
  const readersOf = (messageId: number) => {
    let readers = reads.get(messageId);
    if (!readers) reads.set(messageId, (readers = new Map<number, Date>()));
    return readers;
  };
  const unreadCount = (userId: number, conversationId: number) => {
    const key = `${conversationId}:${userId}`;
    return byConversation.of(conversationId).size - bySender.of(key).size - (readCounts.get(key) ?? 0);
  };

  /** A window of a conversation's messages by id (see `MessageCursor`), copied. */
  const listMessages = (conversationId: number, cursor: MessageCursor, slice: Slice) => {
    const rows = byConversation.of(conversationId);
    const from = cursor.after === undefined ? 0 : rows.bound(cursor.after, true);
    const to = Math.max(from, cursor.before === undefined ? rows.size : rows.bound(cursor.before));
    const window =
      cursor.after === undefined
        ? rows.range(Math.max(from, to - slice.offset - slice.limit), Math.max(from, to - slice.offset), true)
        : rows.range(from + slice.offset, Math.min(to, from + slice.offset + slice.limit));
    return { count: to - from, rows: [...window].map(copy) };
  };

  return {
    findConversation: (id) => Promise.resolve(conversations.get(id)),
    directConversationsOf: (connectionIds) => {
      const found = new Map<number, ConversationRecord>();
      for (const connectionId of connectionIds) {
        const row = direct.byConnection.get(connectionId);
        if (row) found.set(connectionId, copy(row));
      }
      return Promise.resolve(found);
    },
    ensureDirectConversation: (connection) =>
      Promise.resolve(ensureDirectConversation(conversations, connection)),
    listDirectConversations: (userId, limit) => {
      const mine = direct.byParticipant.of(userId);
      return Promise.resolve([...mine.range(Math.max(0, mine.size - limit), mine.size, true)].map(copy));
    },
    lastMessages: (conversationIds) => {
      const found = new Map<number, MessageRecord>();
      for (const id of conversationIds) {
        const rows = byConversation.of(id);
        if (rows.size > 0) found.set(id, copy(rows.at(rows.size - 1)));
      }
      return Promise.resolve(found);
    },
    unreadCounts: (userId, conversationIds) =>
      Promise.resolve(new Map(conversationIds.map((id) => [id, unreadCount(userId, id)]))),
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
          ? undefined
          : byClientId.get(`${input.conversationId}:${input.senderId}:${input.clientId}`);
      if (existing) return Promise.resolve({ message: copy(existing), created: false });
      const message = messages.insert(input);
      conversations.patch(input.conversationId, { updatedAt: input.createdAt });
      return Promise.resolve({ message, created: true });
    },
    findMessage: (id) => Promise.resolve(messages.get(id)),
    listMessages: (conversationId, cursor, slice) =>
      Promise.resolve(listMessages(conversationId, cursor, slice)),
    listMessagesWithReads: (conversationId, { cursor, slice }, readerIds) => {
      const { count, rows } = listMessages(conversationId, cursor, slice);
      const senders = new Map<number, UserRecord | null>();
      return Promise.resolve({
        count,
        rows: rows.map((message) => {
          let sender = senders.get(message.senderId);
          if (sender === undefined)
            senders.set(message.senderId, (sender = tables.users.get(message.senderId)));
          const readers = reads.get(message.id);
          const asked = new Map<number, Date>();
          for (const readerId of readerIds) {
            const at = readers?.get(readerId);
            if (at) asked.set(readerId, at);
          }
          return { message, sender, reads: asked };
        }),
      });
    },
    readMessageIds: (userId, messageIds) =>
      Promise.resolve(new Set(messageIds.filter((id) => reads.get(id)?.has(userId)))),
    markRead: ({ conversationId, userId, messageIds, at }) => {
      const candidates =
        messageIds === null
          ? byConversation.of(conversationId).range()
          : [...new Set(messageIds)].flatMap((id) => messages.peek(id) ?? []);
      const marked: number[] = [];
      for (const row of candidates) {
        if (row.conversationId !== conversationId || row.senderId === userId) continue;
        const readers = readersOf(row.id);
        if (readers.has(userId)) continue;
        readers.set(userId, at);
        marked.push(row.id);
      }
      const key = `${conversationId}:${userId}`;
      readCounts.set(key, (readCounts.get(key) ?? 0) + marked.length);
      return Promise.resolve(marked.sort((a, b) => a - b));
    },
  };
}
