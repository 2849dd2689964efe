import type { MessageCursor } from '@studymate/core';
import type { SqlParams } from './sql-listing.js';

/**
 * A conversation's messages in a cursor's window (`after` < id < `before`), as the WHERE
 * conditions of a read and the window's count. The count comes from positions (migration 7): the
 * position of the last message before the upper bound less that of the last one at or below the
 * lower bound, each one index lookup, where `count(*)` would read every message of the window.
 */
export function messageWindow(
  conversationId: number,
  cursor: MessageCursor,
  params: SqlParams,
): { conditions: (string | false)[]; count: string } {
  const conversation = params.add(conversationId);
  const after = cursor.after === undefined ? undefined : params.add(cursor.after);
  const before = cursor.before === undefined ? undefined : params.add(cursor.before);
  const lastPosition = (bound: string) =>
    `coalesce((SELECT position FROM messages WHERE conversation_id = ${conversation} AND id ${bound}
      ORDER BY id DESC LIMIT 1), 0)`;
  const upper =
    before === undefined
      ? `(SELECT message_count FROM conversations WHERE id = ${conversation})`
      : lastPosition(`< ${before}`);
  const lower = after === undefined ? '0' : lastPosition(`<= ${after}`);
  return {
    conditions: [
      `conversation_id = ${conversation}`,
      after !== undefined && `id > ${after}`,
      before !== undefined && `id < ${before}`,
    ],
    count: `greatest(${upper} - ${lower}, 0)`,
  };
}
