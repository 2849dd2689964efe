import type { Migration } from './migration.js';

/**
 * A chat page's count without reading every message of the conversation. Each message holds its
 * position in its conversation (1, 2, … in id order) and each conversation how many messages it
 * has; the store writes both under the conversation's row lock as it stores a message. A page's
 * count is then a difference of positions found by two index lookups (`messageWindowCountSql`),
 * at 100,000 messages as at 10. A message written by hand needs its position: the column has no
 * default, and the unique index refuses a position taken twice.
 */
export const messagePositions: Migration = {
  version: 7,
  name: 'message positions',
  sql: /* sql */ `
ALTER TABLE conversations ADD COLUMN message_count integer NOT NULL DEFAULT 0;
ALTER TABLE messages ADD COLUMN position integer;
UPDATE messages m SET position = numbered.position
  FROM (SELECT id, row_number() OVER (PARTITION BY conversation_id ORDER BY id)::int AS position
        FROM messages) AS numbered
  WHERE m.id = numbered.id;
UPDATE conversations c SET message_count = counted.count
  FROM (SELECT conversation_id, count(*)::int AS count FROM messages GROUP BY conversation_id) AS counted
  WHERE c.id = counted.conversation_id;
ALTER TABLE messages ALTER COLUMN position SET NOT NULL;
CREATE UNIQUE INDEX messages_position ON messages (conversation_id, position);
`,
};
