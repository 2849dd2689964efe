import type { Participation, SessionChanges, SessionRepo, StoredParticipantStatus } from '../store.js';
import type { Database, SqlClient } from './database.js';
import {
  HOLDS_SEAT,
  PARTICIPANT_COLUMNS,
  PREFIXED_PARTICIPANT_COLUMNS,
  SESSION_COLUMNS,
  participantAssignments,
  sessionAssignments,
  sessionWhere,
  toParticipantRecord,
  toSessionRecord,
  unprefixParticipant,
  type ParticipantRow,
  type SessionRow,
} from './session-rows.js';
import { boundingBox, countsByKey, distanceKm, selectSlice, SqlParams } from './sql-listing.js';

const BY_START_TIME = 'ORDER BY s.start_time, s.id';
const COORDINATES = { latitude: 's.latitude', longitude: 's.longitude' };

/** Sessions and their participants on Postgres (tables `study_sessions`, `session_participants`). */
export function createPostgresSessions(database: Database): SessionRepo {
  const findById = async (id: number) => {
    const [row] = await database.query<SessionRow>(
      `SELECT ${SESSION_COLUMNS} FROM study_sessions s WHERE s.id = $1`,
      [id],
    );
    return row ? toSessionRecord(row) : null;
  };

  return {
    create: (input) =>
      database.transaction(async (tx) => {
        const [row] = await tx.query<SessionRow>(
          `INSERT INTO study_sessions AS s (host_id, title, description, subject_id, session_type,
             location_name, location_address, latitude, longitude, meeting_link, start_time,
             duration_minutes, recurrence_pattern, recurrence_end_date, max_participants, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
           RETURNING ${SESSION_COLUMNS}`,
          [
            input.hostId,
            input.title,
            input.description,
            input.subjectId,
            input.sessionType,
            input.locationName,
            input.locationAddress,
            input.location?.latitude ?? null,
            input.location?.longitude ?? null,
            input.meetingLink,
            input.startTime,
            input.durationMinutes,
            input.recurrencePattern,
            input.recurrenceEndDate,
            input.maxParticipants,
            input.createdAt,
            input.updatedAt,
          ],
        );
        if (!row) throw new Error('INSERT … RETURNING gave no row');
        await tx.query(
          `INSERT INTO session_participants (session_id, user_id, status, notes, joined_at, updated_at)
           VALUES ($1, $2, 'registered', '', $3, $3)`,
          [row.id, row.host_id, input.createdAt],
        );
        return toSessionRecord(row);
      }),
    findById,
    update: async (id, changes) => {
      if (sessionAssignments(changes, new SqlParams()).length === 0) return findById(id);
      return updateSessionRow(database, id, changes);
    },
    updateWithinCapacity: (id, changes) =>
      database.transaction(async (tx) => {
        // The same lock as `register`; the count is a statement of its own, so that it sees every
        // registration committed while this one waited for the lock.
        const [locked] = await tx.query('SELECT 1 FROM study_sessions WHERE id = $1 FOR UPDATE', [id]);
        if (!locked) return null;
        const [seats] = await tx.query<{ taken: number }>(
          `SELECT count(*)::int AS taken FROM session_participants p WHERE p.session_id = $1 AND ${HOLDS_SEAT}`,
          [id],
        );
        const seatsTaken = seats?.taken ?? 0;
        const max = changes.maxParticipants;
        if (max !== undefined && max !== null && seatsTaken > max) return { seatsTaken };
        return updateSessionRow(tx, id, changes);
      }),
    list: (filter, slice) => {
      const params = new SqlParams();
      return selectSlice(
        database,
        {
          select: SESSION_COLUMNS,
          from: `FROM study_sessions s ${sessionWhere(filter, params)}`,
          orderBy: BY_START_TIME,
          params,
          map: toSessionRecord,
        },
        slice,
      );
    },
    nearby: async (filter, area) => {
      const params = new SqlParams();
      const where = sessionWhere({ ...filter, hasLocation: true }, params, [
        boundingBox(area, params, COORDINATES),
      ]);
      const distance = distanceKm(area, params, COORDINATES);
      const rows = await database.query<SessionRow & { distance_km: number }>(
        `SELECT * FROM (SELECT ${SESSION_COLUMNS}, ${distance} AS distance_km FROM study_sessions s ${where}) found
         WHERE distance_km <= ${params.add(area.radiusKm)}
         ORDER BY distance_km, id LIMIT ${params.add(area.limit)}`,
        params.values,
      );
      return rows.map((row) => ({ session: toSessionRecord(row), distanceKm: row.distance_km }));
    },
    countActiveParticipants: async (sessionIds) => {
      if (sessionIds.length === 0) return new Map();
      const rows = await database.query<{ key: number; count: number }>(
        `SELECT p.session_id AS key, count(*)::int AS count FROM session_participants p
         WHERE p.session_id = ANY($1::int[]) AND ${HOLDS_SEAT} GROUP BY p.session_id`,
        [sessionIds],
      );
      return countsByKey(sessionIds, rows);
    },
    participationsOf: async (userId, sessionIds) => {
      if (sessionIds.length === 0) return new Map();
      const rows = await database.query<ParticipantRow>(
        `SELECT ${PARTICIPANT_COLUMNS} FROM session_participants p
         WHERE p.user_id = $1 AND p.session_id = ANY($2::int[])`,
        [userId, sessionIds],
      );
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
      const params = new SqlParams();
      const set = participantAssignments(changes, params);
      if (set.length === 0) {
        const [found] = await database.query<ParticipantRow>(
          `SELECT ${PARTICIPANT_COLUMNS} FROM session_participants p WHERE p.id = $1`,
          [id],
        );
        return found ? toParticipantRecord(found) : null;
      }
      const [row] = await database.query<ParticipantRow>(
        `UPDATE session_participants AS p SET ${set.join(', ')} WHERE p.id = ${params.add(id)} RETURNING ${PARTICIPANT_COLUMNS}`,
        params.values,
      );
      return row ? toParticipantRecord(row) : null;
    },
    listParticipants: (sessionId, slice) => {
      const params = new SqlParams();
      return selectSlice(
        database,
        {
          select: PARTICIPANT_COLUMNS,
          from: `FROM session_participants p WHERE p.session_id = ${params.add(sessionId)}`,
          orderBy: 'ORDER BY p.id',
          params,
          map: toParticipantRecord,
        },
        slice,
      );
    },
  };
}

/** Writes the changes (at least one) and answers the session, or null when there is none. */
async function updateSessionRow(client: SqlClient, id: number, changes: SessionChanges) {
  const params = new SqlParams();
  const set = sessionAssignments(changes, params);
  const [row] = await client.query<SessionRow>(
    `UPDATE study_sessions AS s SET ${set.join(', ')} WHERE s.id = ${params.add(id)} RETURNING ${SESSION_COLUMNS}`,
    params.values,
  );
  return row ? toSessionRecord(row) : null;
}
