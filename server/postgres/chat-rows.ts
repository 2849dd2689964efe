import type { ConversationRecord, MessageRecord } from '@studymate/core';

/** A conversation's columns, in the order `ConversationRow` names them. */
export const CONVERSATION_COLUMNS =
  'id, kind, group_id, connection_id, participant_ids, created_at, updated_at';

export interface ConversationRow {
  id: number;
  kind: ConversationRecord['kind'];
  group_id: number | null;
  connection_id: number | null;
  participant_ids: number[];
  created_at: Date;
  updated_at: Date;
}

/** A selected conversation row as the port's record. */
export function toConversation(row: ConversationRow): ConversationRecord {
  return {
    id: row.id,
    kind: row.kind,
    groupId: row.group_id,
    connectionId: row.connection_id,
    participantIds: row.participant_ids,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A message's columns, in the order `MessageRow` names them. */
export const MESSAGE_COLUMNS = 'id, conversation_id, sender_id, content, client_id, created_at';

export interface MessageRow {
  id: number;
  conversation_id: number;
  sender_id: number;
  content: string;
  client_id: string | null;
  created_at: Date;
}

/** A selected message row as the port's record. */
export function toMessage(row: MessageRow): MessageRecord {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    senderId: row.sender_id,
    content: row.content,
    clientId: row.client_id,
    createdAt: row.created_at,
  };
}
