import type { ConnectionRequestRecord, ConnectionRequestWrite } from '@studymate/core';
import { columnValues, type ColumnNames } from './sql-columns.js';

/** A connection request's columns, in the order `ConnectionRequestRow` names them. */
export const REQUEST_COLUMNS = `id, sender_id, receiver_id, state, message, created_at, updated_at,
  accepted_at, rejected_at, blocked_by_id`;

export interface ConnectionRequestRow {
  id: number;
  sender_id: number;
  receiver_id: number;
  state: ConnectionRequestRecord['state'];
  message: string;
  created_at: Date;
  updated_at: Date;
  accepted_at: Date | null;
  rejected_at: Date | null;
  blocked_by_id: number | null;
}

/** A selected connection request row as the port's record. */
export function toConnectionRequest(row: ConnectionRequestRow): ConnectionRequestRecord {
  return {
    id: row.id,
    senderId: row.sender_id,
    receiverId: row.receiver_id,
    state: row.state,
    message: row.message,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    acceptedAt: row.accepted_at,
    rejectedAt: row.rejected_at,
    blockedById: row.blocked_by_id,
  };
}

/** Each stored field of a request and its column: the port's names, never a name from a request. */
const REQUEST_FIELD_COLUMNS: ColumnNames<ConnectionRequestWrite> = {
  senderId: 'sender_id',
  receiverId: 'receiver_id',
  state: 'state',
  message: 'message',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  acceptedAt: 'accepted_at',
  rejectedAt: 'rejected_at',
  blockedById: 'blocked_by_id',
};

/** The columns and values of a new request or a write (absent and undefined fields left out). */
export const requestValues = (write: ConnectionRequestWrite): Record<string, unknown> =>
  columnValues(write, REQUEST_FIELD_COLUMNS);
