import type { SessionChanges, SessionRepo } from '@studymate/core';
import type { Database, SqlClient } from './database.js';
import {
  HOLDS_SEAT,
  LISTED_SESSION_COLUMNS,
  SESSION_COLUMNS,
  SESSION_TIMESTAMPS,
  sessionConditions,
  sessionListCount,
  sessionValues,
  toSessionRecord,
  type SessionRow,
} from './session-rows.js';
import { batchedRead } from './read-batch.js';
import { LISTED_SESSION_COLUMN_NAMES, selectSessionPage } from './session-pages.js';
import { createPostgresParticipants } from './postgres-participants.js';
import { nearbySelect } from './sql-geo.js';
import { sliceClause, SqlParams, whereAll } from './sql-listing.js';
import { insertRow, updateRow } from './sql-rows.js';

const BY_START_TIME = 'ORDER BY s.start_time, s.id';

/** Sessions and their participants on Postgres (tables `study_sessions`, `session_participants`). */
export function createPostgresSessions(database: Database): SessionRepo {
  const findById = async (id: number) => {
    const [row] = await batchedRead<SessionRow>(database, {
      text: `SELECT ${SESSION_COLUMNS} FROM study_sessions s WHERE s.id = $1`,
      params: [id],
      timestamps: SESSION_TIMESTAMPS,
    });
    return row ? toSessionRecord(row) : null;
  };

  return {
    create: (input) =>
      database.transaction(async (tx) => {
        const row = await insertRow<SessionRow>(tx, 'study_sessions AS s', {
          values: sessionValues(input),
          returning: SESSION_COLUMNS,
        });
        await tx.query(
          `INSERT INTO session_participants (session_id, user_id, status, notes, joined_at, updated_at)
           VALUES ($1, $2, 'registered', '', $3, $3)`,
          [row.id, row.host_id, input.createdAt],
        );
        return toSessionRecord(row);
      }),
    findById,
    update: (id, changes) => updateSession(database, id, changes),
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
        return updateSession(tx, id, changes);
      }),
    list: async (filter, slice, callerId) => {
      const params = new SqlParams();
      const from = `FROM study_sessions s ${whereAll(sessionConditions(filter, params))}`;
      const count = sessionListCount(filter, params) ?? `(SELECT count(*) ${from})`;
      const page = await selectSessionPage(
        database,
        {
          select: `SELECT ${LISTED_SESSION_COLUMNS} ${from} ${BY_START_TIME}
            ${sliceClause(slice, params)}`,
          order: 'start_time, id',
          columns: LISTED_SESSION_COLUMN_NAMES,
          params,
          count,
        },
        callerId,
      );
      return { count: page.count ?? 0, rows: page.rows.map(({ listed }) => listed) };
    },
    nearby: async (filter, area, callerId) => {
      const params = new SqlParams();
      const select = nearbySelect(
        {
          columns: LISTED_SESSION_COLUMNS,
          from: 'study_sessions s',
          coordinates: { latitude: 's.latitude', longitude: 's.longitude' },
          conditions: (conditionParams) => sessionConditions(filter, conditionParams),
        },
        area,
        params,
      );
      const page = await selectSessionPage<{ distance_km: number }>(
        database,
        { select, order: 'distance_km, id', params },
        callerId,
      );
      return page.rows.map(({ listed, row }) => ({ ...listed, distanceKm: row.distance_km }));
    },
    ...createPostgresParticipants(database),
  };
}

/** Writes the changes and answers the session (as it is, when there are none); null when there is none. */
async function updateSession(client: SqlClient, id: number, changes: SessionChanges) {
  const row = await updateRow<SessionRow>(client, 'study_sessions AS s', {
    id,
    values: sessionValues(changes),
    returning: SESSION_COLUMNS,
  });
  return row ? toSessionRecord(row) : null;
}
