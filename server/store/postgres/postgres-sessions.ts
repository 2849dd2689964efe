import type { SessionChanges, SessionRepo } from '../store.js';
import type { Database, SqlClient } from './database.js';
import {
  HOLDS_SEAT,
  SESSION_COLUMNS,
  sessionAssignments,
  sessionWhere,
  toSessionRecord,
  type SessionRow,
} from './session-rows.js';
import { createPostgresParticipants } from './postgres-participants.js';
import { boundingBox, distanceKm, selectSlice, SqlParams } from './sql-listing.js';

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
    ...createPostgresParticipants(database),
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
