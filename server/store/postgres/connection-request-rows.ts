import type { ConnectionRequestRecord, ConnectionRequestWrite } from '../store.js';
import type { SqlParams } from './sql-listing.js';

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

/** Columns a write may set: the port's field names, never a name from a request. */
const WRITE_COLUMNS = {
  senderId: 'sender_id',
  receiverId: 'receiver_id',
  state: 'state',
  message: 'message',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  acceptedAt: 'accepted_at',
  rejectedAt: 'rejected_at',
  blockedById: 'blocked_by_id',
} as const satisfies Record<keyof ConnectionRequestWrite, string>;

/** `column = $n` for each field the write sets (absent and undefined fields stay as they are). */
export function requestAssignments(write: ConnectionRequestWrite, params: SqlParams): string[] {
  return Object.entries(WRITE_COLUMNS).flatMap(([field, column]) => {
    const value = write[field as keyof ConnectionRequestWrite];
    return value === undefined ? [] : [`${column} = ${params.add(value)}`];
  });
}

/** The INSERT of a whole request, returning its columns. */
export function insertRequestStatement(request: Omit<ConnectionRequestRecord, 'id'>): {
  text: string;
  values: unknown[];
} {
  return {
    text: `INSERT INTO connection_requests
        (sender_id, receiver_id, state, message, created_at, updated_at, accepted_at, rejected_at, blocked_by_id)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
      RETURNING ${REQUEST_COLUMNS}`,
    values: [
      request.senderId,
      request.receiverId,
      request.state,
      request.message,
      request.createdAt,
      request.updatedAt,
      request.acceptedAt,
      request.rejectedAt,
      request.blockedById,
    ],
  };
}
