import type { CityRecord, CityRepo } from '@studymate/core';
import type { Database } from './database.js';
import { referenceRowOperations } from './postgres-reference-rows.js';
import { columnValues, locationValues, pointOf, type ColumnNames } from './sql-columns.js';
import { selectNearby, withinArea } from './sql-geo.js';
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
const CITIES = { table: 'cities', selected: SELECTED, recordOf: cityOf, valuesOf };

/** Cities on Postgres. */
export function createPostgresCities(database: Database): CityRepo {
  const rows = referenceRowOperations(database, CITIES);
  return {
    create: rows.create,
    findById: rows.findById,
    update: rows.update,
    // Its schools keep no city (ON DELETE SET NULL).
    delete: async (id) => (await rows.delete(id)) === 'deleted',
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
      const rows = await selectNearby<CityRow>(database, { columns: SELECTED, from: 'cities' }, request);
      return rows.map((row) => ({ city: cityOf(row), distanceKm: row.distance_km }));
    },
  };
}
