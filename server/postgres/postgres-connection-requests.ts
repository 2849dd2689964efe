import type {
  ConnectionRequestRecord,
  ConnectionRequestRepo,
  RequestChange,
  RequestDecision,
} from '@studymate/core';
import type { Database, SqlClient } from './database.js';
import {
  REQUEST_COLUMNS,
  requestValues,
  toConnectionRequest,
  type ConnectionRequestRow,
} from './connection-request-rows.js';
import { ensureDirectConversation } from './postgres-direct-conversations.js';
import { batchedRead } from './read-batch.js';
import { selectSlice, SqlParams, whereAll } from './sql-listing.js';
import { insertRow, updateRow } from './sql-rows.js';

/** The pair's row, whoever sent it (the unique pair index serves this). */
const PAIR_CONDITION = `LEAST(sender_id, receiver_id) = LEAST($1::int, $2::int)
  AND GREATEST(sender_id, receiver_id) = GREATEST($1::int, $2::int)`;

/** One advisory lock per unordered pair, namespaced so it cannot meet another area's lock. */
const PAIR_LOCK = `SELECT pg_advisory_xact_lock(hashtextextended(
  'connection_requests:' || LEAST($1::int, $2::int) || ':' || GREATEST($1::int, $2::int), 0))`;

const involves = (userParameter: string) =>
  `(sender_id = ${userParameter} OR receiver_id = ${userParameter})`;

/** Applies a decision to the (locked) row, or inserts when there is none and `insert` allows. */
async function applyDecision<Refusal>(
  tx: SqlClient,
  change: {
    existing: ConnectionRequestRecord | null;
    decision: RequestDecision<Refusal>;
    insert: boolean;
  },
): Promise<RequestChange<Refusal>> {
  const { existing, decision } = change;
  if ('refusal' in decision) return { ok: false, refusal: decision.refusal };
  if ('remove' in decision) {
    if (existing) await tx.query('DELETE FROM connection_requests WHERE id = $1', [existing.id]);
    return { ok: true, request: null };
  }
  let written: ConnectionRequestRecord | null = null;
  if (existing) {
    const row = await updateRow<ConnectionRequestRow>(tx, 'connection_requests', {
      id: existing.id,
      values: requestValues(decision.write),
      returning: REQUEST_COLUMNS,
    });
    written = row ? toConnectionRequest(row) : existing;
  } else if (change.insert) {
    const row = await insertRow<ConnectionRequestRow>(tx, 'connection_requests', {
      values: requestValues(decision.write),
      returning: REQUEST_COLUMNS,
    });
    written = toConnectionRequest(row);
  }
  if (!written) return { ok: false, refusal: 'not_found' };
  if (written.state === 'accepted') {
    await ensureDirectConversation(tx, {
      connectionId: written.id,
      participantIds: [written.senderId, written.receiverId],
      at: written.acceptedAt ?? written.updatedAt,
    });
  }
  return { ok: true, request: written };
}

/** Connection requests on Postgres: one row per pair, changed under a per-pair lock. */
export function createPostgresConnectionRequests(database: Database): ConnectionRequestRepo {
  const selectOne = async (text: string, values: unknown[]) => {
    const [row] = await database.query<ConnectionRequestRow>(text, values);
    return row ? toConnectionRequest(row) : null;
  };

  return {
    create: async (request) =>
      toConnectionRequest(
        await insertRow<ConnectionRequestRow>(database, 'connection_requests', {
          values: requestValues(request),
          returning: REQUEST_COLUMNS,
        }),
      ),
    countsFor: async (userId) => {
      const [counts] = await database.query<{ sent: number; received: number; accepted: number }>(
        `SELECT
            count(*) FILTER (WHERE sender_id = $1 AND state = 'pending')::int AS sent,
            count(*) FILTER (WHERE receiver_id = $1 AND state = 'pending')::int AS received,
            count(*) FILTER (WHERE state = 'accepted')::int AS accepted
          FROM connection_requests WHERE ${involves('$1')}`,
        [userId],
      );
      return {
        sentPending: counts?.sent ?? 0,
        receivedPending: counts?.received ?? 0,
        accepted: counts?.accepted ?? 0,
      };
    },
    findById: (id) => selectOne(`SELECT ${REQUEST_COLUMNS} FROM connection_requests WHERE id = $1`, [id]),
    findBetween: (userId, otherId) =>
      selectOne(`SELECT ${REQUEST_COLUMNS} FROM connection_requests WHERE ${PAIR_CONDITION}`, [
        userId,
        otherId,
      ]),
    list: (filter, slice) => {
      const params = new SqlParams();
      const user = params.add(filter.userId);
      const role =
        filter.role === 'sent'
          ? `sender_id = ${user}`
          : filter.role === 'received'
            ? `receiver_id = ${user}`
            : involves(user);
      const states = filter.states && `state = ANY(${params.add(filter.states)}::text[])`;
      return selectSlice(
        database,
        {
          select: REQUEST_COLUMNS,
          from: `FROM connection_requests ${whereAll([role, states])}`,
          orderBy: 'ORDER BY updated_at DESC, id DESC',
          params,
          map: toConnectionRequest,
        },
        slice,
      );
    },
    listAccepted: (userId, slice) => {
      const params = new SqlParams();
      const user = params.add(userId);
      return selectSlice(
        database,
        {
          select: REQUEST_COLUMNS,
          from: `FROM connection_requests WHERE state = 'accepted' AND ${involves(user)}`,
          // As the memory store: no acceptance time counts as the epoch.
          orderBy: `ORDER BY COALESCE(accepted_at, to_timestamp(0)) DESC, id DESC`,
          params,
          map: toConnectionRequest,
        },
        slice,
      );
    },
    partnerIds: async (userId) => {
      const rows = await batchedRead<{ partner_id: number }>(database, {
        text: `SELECT CASE WHEN sender_id = $1 THEN receiver_id ELSE sender_id END AS partner_id
          FROM connection_requests WHERE ${involves('$1')} ORDER BY id`,
        params: [userId],
      });
      return rows.map((row) => row.partner_id);
    },
    connectedWithin: async (userId, steps) => {
      const rows = await batchedRead<{ user_id: number }>(database, {
        text: `WITH RECURSIVE reached (user_id, steps) AS (
            SELECT $1::int, 0
            UNION
            SELECT CASE WHEN r.sender_id = reached.user_id THEN r.receiver_id ELSE r.sender_id END,
              reached.steps + 1
            FROM reached JOIN connection_requests r ON r.state = 'accepted'
              AND (r.sender_id = reached.user_id OR r.receiver_id = reached.user_id)
            WHERE reached.steps < $2::int
          )
          SELECT DISTINCT user_id FROM reached WHERE user_id <> $1::int ORDER BY user_id`,
        params: [userId, steps],
      });
      return rows.map((row) => row.user_id);
    },
    changePair: (pair, decide) =>
      database.transaction(async (tx) => {
        const ids = [pair.senderId, pair.receiverId];
        await tx.query(PAIR_LOCK, ids);
        const [row] = await tx.query<ConnectionRequestRow>(
          `SELECT ${REQUEST_COLUMNS} FROM connection_requests WHERE ${PAIR_CONDITION} FOR UPDATE`,
          ids,
        );
        const existing = row ? toConnectionRequest(row) : null;
        return applyDecision(tx, { existing, decision: decide(existing), insert: true });
      }),
    change: (id, decide) =>
      database.transaction(async (tx) => {
        const [row] = await tx.query<ConnectionRequestRow>(
          `SELECT ${REQUEST_COLUMNS} FROM connection_requests WHERE id = $1 FOR UPDATE`,
          [id],
        );
        if (!row) return { ok: false as const, refusal: 'not_found' as const };
        const existing = toConnectionRequest(row);
        return applyDecision(tx, { existing, decision: decide(existing), insert: false });
      }),
  };
}
