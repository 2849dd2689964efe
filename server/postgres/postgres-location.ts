import type { HistoryFilter, LocationHistoryRecord, LocationRepo } from '@studymate/core';
import type { Database } from './database.js';
import { selectSlice, SqlParams, whereAll } from './sql-listing.js';

interface LocationRow {
  id: number;
  user_id: number;
  latitude: number;
  longitude: number;
  accuracy: number | null;
  recorded_at: Date;
  created_at: Date;
}

const COLUMNS = 'id, user_id, latitude, longitude, accuracy, recorded_at, created_at';
const NEWEST_FIRST = 'ORDER BY recorded_at DESC, id DESC';

const toLocation = (row: LocationRow): LocationHistoryRecord => ({
  id: row.id,
  userId: row.user_id,
  latitude: row.latitude,
  longitude: row.longitude,
  accuracy: row.accuracy,
  recordedAt: row.recorded_at,
  createdAt: row.created_at,
});

function historyWhere(filter: HistoryFilter, params: SqlParams): string {
  return whereAll([
    `user_id = ${params.add(filter.userId)}`,
    filter.from && `recorded_at >= ${params.add(filter.from)}`,
    filter.to && `recorded_at <= ${params.add(filter.to)}`,
  ]);
}

export function createPostgresLocations(database: Database): LocationRepo {
  return {
    add: async (input) => {
      const [row] = await database.query<LocationRow>(
        `INSERT INTO location_history (user_id, latitude, longitude, accuracy, recorded_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
        [input.userId, input.latitude, input.longitude, input.accuracy, input.recordedAt, input.createdAt],
      );
      if (!row) throw new Error('INSERT … RETURNING gave no row');
      return toLocation(row);
    },
    latest: async (userId) => {
      const [row] = await database.query<LocationRow>(
        `SELECT ${COLUMNS} FROM location_history WHERE user_id = $1 ${NEWEST_FIRST} LIMIT 1`,
        [userId],
      );
      return row ? toLocation(row) : null;
    },
    list: (filter, slice) => {
      const params = new SqlParams();
      return selectSlice(
        database,
        {
          select: COLUMNS,
          from: `FROM location_history ${historyWhere(filter, params)}`,
          orderBy: NEWEST_FIRST,
          params,
          map: toLocation,
        },
        slice,
      );
    },
    findById: async (id) => {
      const [row] = await database.query<LocationRow>(
        `SELECT ${COLUMNS} FROM location_history WHERE id = $1`,
        [id],
      );
      return row ? toLocation(row) : null;
    },
    stats: async (userId, since) => {
      const params = new SqlParams();
      const [row] = await database.query<{ count: number; first: Date | null; last: Date | null }>(
        `SELECT count(*)::int AS count, min(recorded_at) AS first, max(recorded_at) AS last
         FROM location_history ${historyWhere({ userId, from: since }, params)}`,
        params.values,
      );
      return { count: row?.count ?? 0, first: row?.first ?? null, last: row?.last ?? null };
    },
  };
}
