import type { Participation, SessionRepo, StoredParticipantStatus } from '@studymate/core';
import type { Database } from './database.js';
import {
  HOLDS_SEAT,
  PARTICIPANT_COLUMNS,
  PARTICIPANT_TIMESTAMPS,
  PREFIXED_PARTICIPANT_COLUMNS,
  SESSION_COLUMNS,
  participantValues,
  toParticipantRecord,
  toSessionRecord,
  unprefixParticipant,
  type ParticipantRow,
  type SessionRow,
} from './session-rows.js';
import { batchedRead } from './read-batch.js';
import { reviveTimestamps } from './json-rows.js';
import { USER_COLUMNS, USER_TIMESTAMPS, toUser, type UserRow } from './postgres-users.js';
import { countsByKey, sliceClause, SqlParams } from './sql-listing.js';
import { selectPage } from './sql-pages.js';
import { updateRow } from './sql-rows.js';

type ParticipantRepo = Pick<
  SessionRepo,
  | 'countActiveParticipants'
  | 'participationsOf'
  | 'participationsOfUser'
  | 'findParticipant'
  | 'register'
  | 'updateParticipant'
  | 'listParticipants'
>;

/** A session's participants on Postgres (table `session_participants`); seats are taken under the session's lock. */
export function createPostgresParticipants(database: Database): ParticipantRepo {
  return {
    countActiveParticipants: async (sessionIds) => {
      if (sessionIds.length === 0) return new Map();
      const rows = await batchedRead<{ key: number; count: number }>(database, {
        text: `SELECT p.session_id AS key, count(*)::int AS count FROM session_participants p
         WHERE p.session_id = ANY($1::int[]) AND ${HOLDS_SEAT} GROUP BY p.session_id`,
        params: [sessionIds],
      });
      return countsByKey(sessionIds, rows);
    },
    participationsOf: async (userId, sessionIds) => {
      if (sessionIds.length === 0) return new Map();
      const rows = await batchedRead<ParticipantRow>(database, {
        text: `SELECT ${PARTICIPANT_COLUMNS} FROM session_participants p
         WHERE p.user_id = $1 AND p.session_id = ANY($2::int[])`,
        params: [userId, sessionIds],
        timestamps: PARTICIPANT_TIMESTAMPS,
      });
      return new Map(rows.map((row) => [row.session_id, toParticipantRecord(row)]));
    },
    participationsOfUser: async (userId) => {
      const rows = await database.query<SessionRow & Record<string, unknown>>(
        `SELECT ${SESSION_COLUMNS}, ${PREFIXED_PARTICIPANT_COLUMNS}
         FROM session_participants p JOIN study_sessions s ON s.id = p.session_id
         WHERE p.user_id = $1 ORDER BY p.id`,
        [userId],
      );
      return rows.map((row): Participation => ({
        participant: toParticipantRecord(unprefixParticipant(row)),
        session: toSessionRecord(row),
      }));
    },
    findParticipant: async (sessionId, userId) => {
      const [row] = await database.query<ParticipantRow>(
        `SELECT ${PARTICIPANT_COLUMNS} FROM session_participants p WHERE p.session_id = $1 AND p.user_id = $2`,
        [sessionId, userId],
      );
      return row ? toParticipantRecord(row) : null;
    },
    register: ({ sessionId, userId, notes, at }) =>
      database.transaction(async (tx) => {
        // The session row's lock serializes every registration into it, so the seat count holds.
        const [session] = await tx.query<{ max_participants: number | null }>(
          'SELECT max_participants FROM study_sessions WHERE id = $1 FOR UPDATE',
          [sessionId],
        );
        if (!session) return 'not_found' as const;
        const [state] = await tx.query<{ status: StoredParticipantStatus | null; seats: number }>(
          `SELECT (SELECT status FROM session_participants WHERE session_id = $1 AND user_id = $2) AS status,
             (SELECT count(*)::int FROM session_participants p WHERE p.session_id = $1 AND ${HOLDS_SEAT}) AS seats`,
          [sessionId, userId],
        );
        if (state?.status === 'registered' || state?.status === 'attended') {
          return 'already_registered' as const;
        }
        if (session.max_participants !== null && (state?.seats ?? 0) >= session.max_participants) {
          return 'full' as const;
        }
        // A cancelled row is re-registered in place (same id), as the memory store does.
        const [row] = await tx.query<ParticipantRow>(
          state?.status
            ? `UPDATE session_participants AS p SET status = 'registered', check_in_time = NULL,
                 check_out_time = NULL, duration_minutes = NULL, notes = $3, joined_at = $4, updated_at = $4
               WHERE p.session_id = $1 AND p.user_id = $2 RETURNING ${PARTICIPANT_COLUMNS}`
            : `INSERT INTO session_participants AS p (session_id, user_id, status, notes, joined_at, updated_at)
               VALUES ($1, $2, 'registered', $3, $4, $4) RETURNING ${PARTICIPANT_COLUMNS}`,
          [sessionId, userId, notes, at],
        );
        return row ? toParticipantRecord(row) : ('not_found' as const);
      }),
    updateParticipant: async (id, changes) => {
      const row = await updateRow<ParticipantRow>(database, 'session_participants AS p', {
        id,
        values: participantValues(changes),
        returning: PARTICIPANT_COLUMNS,
      });
      return row ? toParticipantRecord(row) : null;
    },
    listParticipants: async (sessionId, slice) => {
      const params = new SqlParams();
      const session = params.add(sessionId);
      const page = await selectPage<ParticipantRow, { users: UserRow }>(database, {
        select: `SELECT ${PARTICIPANT_COLUMNS} FROM session_participants p WHERE p.session_id = ${session}
          ORDER BY p.id ${sliceClause(slice, params)}`,
        order: 'id',
        params,
        count: `SELECT count(*) FROM session_participants p WHERE p.session_id = ${session}`,
        related: { users: `SELECT ${USER_COLUMNS} FROM users WHERE id IN (SELECT user_id FROM page)` },
      });
      const users = new Map(
        reviveTimestamps(page.related.users, USER_TIMESTAMPS).map((row) => [row.id, toUser(row)]),
      );
      return {
        count: page.count ?? 0,
        rows: reviveTimestamps(page.rows, PARTICIPANT_TIMESTAMPS).map((row) => {
          const user = users.get(row.user_id);
          if (!user) throw new Error(`Participant ${row.id} has no user ${row.user_id}`);
          return { participant: toParticipantRecord(row), user };
        }),
      };
    },
  };
}
