import type { ConversationRecord } from '@studymate/core';
import type { SqlClient } from './database.js';
import { CONVERSATION_COLUMNS, toConversation, type ConversationRow } from './chat-rows.js';

/**
 * Gets or creates a connection's direct conversation, atomically: the unique `connection_id`
 * decides between concurrent creators, and the loser reads the winner's row.
 */
export async function ensureDirectConversation(
  client: SqlClient,
  connection: { connectionId: number; participantIds: number[]; at: Date },
): Promise<{ conversation: ConversationRecord; created: boolean }> {
  const [inserted] = await client.query<ConversationRow>(
    `INSERT INTO conversations (kind, group_id, connection_id, participant_ids, created_at, updated_at)
      VALUES ('direct', NULL, $1, $2::int[], $3, $3)
      ON CONFLICT (connection_id) DO NOTHING
      RETURNING ${CONVERSATION_COLUMNS}`,
    [connection.connectionId, connection.participantIds, connection.at],
  );
  if (inserted) return { conversation: toConversation(inserted), created: true };
  const [existing] = await client.query<ConversationRow>(
    `SELECT ${CONVERSATION_COLUMNS} FROM conversations WHERE connection_id = $1`,
    [connection.connectionId],
  );
  if (!existing) throw new Error(`The direct conversation of connection ${connection.connectionId} vanished`);
  return { conversation: toConversation(existing), created: false };
}
