import type { ChatRepo, ConversationRecord, MessageRecord } from '@studymate/core';
import type { Database } from './database.js';
import {
  CONVERSATION_COLUMNS,
  MESSAGE_COLUMNS,
  toConversation,
  toMessage,
  type ConversationRow,
  type MessageRow,
} from './chat-rows.js';
import { createKeyedQueue } from './keyed-queue.js';
import { ensureDirectConversation } from './postgres-direct-conversations.js';
import { reviveTimestamps } from './json-rows.js';
import { messageWindow } from './message-window.js';
import { USER_COLUMNS, USER_TIMESTAMPS, toUser, type UserRow } from './postgres-users.js';
import { batchedRead } from './read-batch.js';
import { countsByKey, literalCount, selectSlice, sliceClause, SqlParams, whereAll } from './sql-listing.js';
import { selectPage } from './sql-pages.js';

/** A row of `message_reads`. */
interface MessageRead {
  message_id: number;
  user_id: number;
  read_at: Date;
}

/**
 * Stores a message under its conversation's row lock, taken before the message gets its id: a
 * conversation's messages commit in id order, so a reader paging `after` an id never skips one
 * committed later. A repeated client id from the sender inserts nothing and answers the first.
 */
function storeMessage(
  database: Database,
  input: Omit<MessageRecord, 'id'>,
): Promise<{ message: MessageRecord; created: boolean }> {
  return database.transaction(async (tx) => {
    const [conversation] = await tx.query<{ id: number }>(
      'SELECT id FROM conversations WHERE id = $1 FOR NO KEY UPDATE',
      [input.conversationId],
    );
    if (!conversation) throw new Error(`No conversation ${input.conversationId} to store a message in`);
    // A repeated client id from the sender inserts nothing; only a stored message bumps activity.
    const [inserted] = await tx.query<MessageRow>(
      `WITH inserted AS (
          INSERT INTO messages (conversation_id, sender_id, content, client_id, created_at, position)
            VALUES ($1, $2, $3, $4, $5, (SELECT message_count + 1 FROM conversations WHERE id = $1))
            ON CONFLICT (conversation_id, sender_id, client_id) WHERE client_id IS NOT NULL DO NOTHING
            RETURNING ${MESSAGE_COLUMNS}
        ), bumped AS (
          UPDATE conversations SET updated_at = $5, message_count = message_count + 1
            WHERE id = $1 AND EXISTS (SELECT 1 FROM inserted)
        )
        SELECT ${MESSAGE_COLUMNS} FROM inserted`,
      [input.conversationId, input.senderId, input.content, input.clientId, input.createdAt],
    );
    if (inserted) return { message: toMessage(inserted), created: true };
    const [existing] = await tx.query<MessageRow>(
      `SELECT ${MESSAGE_COLUMNS} FROM messages
        WHERE conversation_id = $1 AND sender_id = $2 AND client_id = $3`,
      [input.conversationId, input.senderId, input.clientId],
    );
    if (!existing) throw new Error('A message conflicted on its client id but was not found');
    return { message: toMessage(existing), created: false };
  });
}

/** Conversations, messages and read receipts on Postgres. */
export function createPostgresChat(database: Database): ChatRepo {
  const inOrder = createKeyedQueue();
  const findMessage = async (id: number) => {
    const [row] = await database.query<MessageRow>(`SELECT ${MESSAGE_COLUMNS} FROM messages WHERE id = $1`, [
      id,
    ]);
    return row ? toMessage(row) : null;
  };

  return {
    findConversation: async (id) => {
      const [row] = await batchedRead<ConversationRow>(database, {
        text: `SELECT ${CONVERSATION_COLUMNS} FROM conversations WHERE id = $1`,
        params: [id],
        timestamps: ['created_at', 'updated_at'],
      });
      return row ? toConversation(row) : null;
    },
    directConversationsOf: async (connectionIds) => {
      const rows = await batchedRead<ConversationRow>(database, {
        text: `SELECT ${CONVERSATION_COLUMNS} FROM conversations
          WHERE kind = 'direct' AND connection_id = ANY($1::int[]) ORDER BY id`,
        params: [connectionIds],
        timestamps: ['created_at', 'updated_at'],
      });
      const found = new Map<number, ConversationRecord>();
      for (const row of rows)
        if (row.connection_id !== null) found.set(row.connection_id, toConversation(row));
      return found;
    },
    ensureDirectConversation: (connection) => ensureDirectConversation(database, connection),
    listDirectConversations: async (userId, limit) => {
      const rows = await database.query<ConversationRow>(
        `SELECT ${CONVERSATION_COLUMNS} FROM conversations
          WHERE kind = 'direct' AND participant_ids @> ARRAY[$1::int]
          ORDER BY updated_at DESC, id DESC LIMIT ${literalCount(limit)}`,
        [userId],
      );
      return rows.map(toConversation);
    },
    lastMessages: async (conversationIds) => {
      const rows = await batchedRead<MessageRow>(database, {
        text: `SELECT DISTINCT ON (conversation_id) ${MESSAGE_COLUMNS} FROM messages
          WHERE conversation_id = ANY($1::int[]) ORDER BY conversation_id, id DESC`,
        params: [conversationIds],
        timestamps: ['created_at'],
      });
      const byConversation = new Map(rows.map((row) => [row.conversation_id, toMessage(row)]));
      const found = new Map<number, MessageRecord>();
      for (const id of conversationIds) {
        const last = byConversation.get(id);
        if (last) found.set(id, last);
      }
      return found;
    },
    unreadCounts: async (userId, conversationIds) => {
      const rows = await batchedRead<{ key: number; count: number }>(database, {
        text: `SELECT m.conversation_id AS key, count(*)::int AS count FROM messages m
          WHERE m.conversation_id = ANY($2::int[]) AND m.sender_id <> $1
            AND NOT EXISTS (SELECT 1 FROM message_reads r WHERE r.message_id = m.id AND r.user_id = $1)
          GROUP BY m.conversation_id`,
        params: [userId, conversationIds],
      });
      return countsByKey(conversationIds, rows);
    },
    readTimes: async (messageIds) => {
      const rows = await batchedRead<{ message_id: number; user_id: number; read_at: Date }>(database, {
        text: `SELECT message_id, user_id, read_at FROM message_reads
          WHERE message_id = ANY($1::int[]) ORDER BY message_id, read_at, user_id`,
        params: [messageIds],
        timestamps: ['read_at'],
      });
      const found = new Map<number, Map<number, Date>>();
      for (const row of rows) {
        let readers = found.get(row.message_id);
        if (!readers) found.set(row.message_id, (readers = new Map<number, Date>()));
        readers.set(row.user_id, row.read_at);
      }
      return found;
    },
    // One at a time per conversation in this process, so that the calls also resolve in id order
    // and the messages are announced in id order (the realtime layer skips anything older than
    // what a socket already has).
    createMessage: (input) => inOrder(input.conversationId, () => storeMessage(database, input)),
    findMessage,
    listMessages: (conversationId, cursor, slice) => {
      const params = new SqlParams();
      const { conditions, count } = messageWindow(conversationId, cursor, params);
      return selectSlice(
        database,
        {
          select: MESSAGE_COLUMNS,
          from: `FROM messages ${whereAll(conditions)}`,
          count,
          orderBy: cursor.after === undefined ? 'ORDER BY id DESC' : 'ORDER BY id ASC',
          params,
          map: toMessage,
        },
        slice,
      );
    },
    listMessagesWithReads: async (conversationId, { cursor, slice }, readerIds) => {
      const params = new SqlParams();
      const window = messageWindow(conversationId, cursor, params);
      const where = whereAll(window.conditions);
      const direction = cursor.after === undefined ? 'DESC' : 'ASC';
      const page = await selectPage<MessageRow, { senders: UserRow; reads: MessageRead }>(database, {
        select: `SELECT ${MESSAGE_COLUMNS} FROM messages ${where}
          ORDER BY id ${direction} ${sliceClause(slice, params)}`,
        order: `id ${direction}`,
        params,
        count: window.count,
        related: {
          senders: `SELECT ${USER_COLUMNS} FROM users WHERE id IN (SELECT sender_id FROM page)`,
          reads: `SELECT message_id, user_id, read_at FROM message_reads
            WHERE message_id IN (SELECT id FROM page) AND user_id = ANY(${params.add(readerIds)}::int[])`,
        },
      });
      const senders = new Map(
        reviveTimestamps(page.related.senders, USER_TIMESTAMPS).map((row) => [row.id, toUser(row)]),
      );
      const reads = new Map<number, Map<number, Date>>();
      for (const read of reviveTimestamps(page.related.reads, ['read_at'])) {
        let readers = reads.get(read.message_id);
        if (!readers) reads.set(read.message_id, (readers = new Map<number, Date>()));
        readers.set(read.user_id, read.read_at);
      }
      return {
        count: page.count ?? 0,
        rows: reviveTimestamps(page.rows, ['created_at']).map((row) => ({
          message: toMessage(row),
          sender: senders.get(row.sender_id) ?? null,
          reads: reads.get(row.id) ?? new Map<number, Date>(),
        })),
      };
    },
    readMessageIds: async (userId, messageIds) => {
      const rows = await batchedRead<{ message_id: number }>(database, {
        text: 'SELECT message_id FROM message_reads WHERE user_id = $1 AND message_id = ANY($2::int[])',
        params: [userId, messageIds],
      });
      return new Set(rows.map((row) => row.message_id));
    },
    markRead: async ({ conversationId, userId, messageIds, at }) => {
      const rows = await database.query<{ message_id: number }>(
        `INSERT INTO message_reads (message_id, user_id, read_at)
          SELECT m.id, $2::int, $4::timestamptz FROM messages m
            WHERE m.conversation_id = $1 AND m.sender_id <> $2
              AND ($3::int[] IS NULL OR m.id = ANY($3::int[]))
          ON CONFLICT DO NOTHING
          RETURNING message_id`,
        [conversationId, userId, messageIds, at],
      );
      return rows.map((row) => row.message_id).sort((a, b) => a - b);
    },
  };
}
