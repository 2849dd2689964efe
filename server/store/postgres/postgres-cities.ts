import type { CityRecord, CityRepo } from '../store.js';
import type { Database } from './database.js';
import {
  columnValues,
  insertRow,
  locationValues,
  pointOf,
  selectByIds,
  selectNearby,
  updateRow,
  withinArea,
  type ColumnNames,
} from './reference-rows.js';
import { containsText, orderBySort, selectSlice, SqlParams, textOrder, whereAll } from './sql-listing.js';

interface CityRow {
  id: number;
  name: string;
  latitude: number | null;
  longitude: number | null;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS: ColumnNames<Omit<CityRecord, 'id' | 'location'>> = {
  name: 'name',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
};
const SELECTED = 'id, name, latitude, longitude, created_at, updated_at';

const cityOf = (row: CityRow): CityRecord => ({
  id: row.id,
  name: row.name,
  location: pointOf(row),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const valuesOf = (city: Partial<Omit<CityRecord, 'id'>>) => ({
  ...columnValues(city, COLUMNS),
  ...locationValues(city.location),
});

/** Cities on Postgres. */
export function createPostgresCities(database: Database): CityRepo {
  return {
    create: async (city) =>
      cityOf(await insertRow<CityRow>(database, 'cities', { values: valuesOf(city), returning: SELECTED })),
    findById: async (id) => {
      const [row] = await selectByIds<CityRow>(database, 'cities', { ids: [id], columns: SELECTED });
      return row ? cityOf(row) : null;
    },
    update: async (id, changes) => {
      const row = await updateRow<CityRow>(database, 'cities', {
        id,
        values: valuesOf(changes),
        returning: SELECTED,
      });
      return row ? cityOf(row) : null;
    },
    // Its schools keep no city (ON DELETE SET NULL).
    delete: async (id) =>
      (await database.query('DELETE FROM cities WHERE id = $1 RETURNING id', [id])).length > 0,
    list: (filter, sort, slice) => {
      const params = new SqlParams();
      const where = whereAll([
        containsText(['name'], filter.search, params),
        filter.near && withinArea(filter.near, params),
      ]);
      return selectSlice(
        database,
        {
          select: SELECTED,
          from: `FROM cities ${where}`,
          orderBy: orderBySort(sort, { name: textOrder('name') }),
          params,
          map: cityOf,
        },
        slice,
      );
    },
    nearby: async (request) => {
      const rows = await selectNearby<CityRow>(database, 'cities', { request, columns: SELECTED });
      return rows.map((row) => ({ city: cityOf(row), distanceKm: row.distance_km }));
    },
  };
}
