import type { SchoolRecord, SchoolRepo, SchoolSortField } from '@studymate/core';
import type { Database } from './database.js';
import { referenceRowOperations } from './postgres-reference-rows.js';
import { columnValues, locationValues, pointOf, type ColumnNames } from './sql-columns.js';
import { selectNearby, withinArea } from './sql-geo.js';
import {
  containsText,
  countsByKey,
  orderBySort,
  selectSlice,
  SqlParams,
  textOrder,
  whereAll,
} from './sql-listing.js';

export interface SchoolRow {
  id: number;
  name: string;
  short_name: string;
  address: string;
  city_id: number | null;
  latitude: number | null;
  longitude: number | null;
  website: string;
  email: string;
  phone: string;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS: ColumnNames<Omit<SchoolRecord, 'id' | 'location'>> = {
  name: 'name',
  shortName: 'short_name',
  address: 'address',
  cityId: 'city_id',
  website: 'website',
  email: 'email',
  phone: 'phone',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
};
/** The school columns, qualified by `table`, as `SchoolRow` names them. */
export const selected = (table = 'schools') =>
  ['id', 'name', 'short_name', 'address', 'city_id', 'latitude', 'longitude']
    .concat(['website', 'email', 'phone', 'created_at', 'updated_at'])
    .map((column) => `${table}.${column}`)
    .join(', ');

export const schoolOf = (row: SchoolRow): SchoolRecord => ({
  id: row.id,
  name: row.name,
  shortName: row.short_name,
  address: row.address,
  cityId: row.city_id,
  location: pointOf(row),
  website: row.website,
  email: row.email,
  phone: row.phone,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const valuesOf = (school: Partial<Omit<SchoolRecord, 'id'>>) => ({
  ...columnValues(school, COLUMNS),
  ...locationValues(school.location),
});
const SCHOOLS = { table: 'schools', selected: selected(), recordOf: schoolOf, valuesOf };

const schoolCoordinates = { latitude: 'schools.latitude', longitude: 'schools.longitude' };

const SORT_KEYS: Record<SchoolSortField, string[] | string> = {
  name: textOrder('schools.name'),
  cityName: textOrder('cities.name'),
  createdAt: 'schools.created_at',
};

/** Schools on Postgres; a school's city name comes from a join (search, filter and sort). */
export function createPostgresSchools(database: Database): SchoolRepo {
  const rows = referenceRowOperations(database, SCHOOLS);
  return {
    create: rows.create,
    findById: rows.findById,
    findByIds: rows.findByIds,
    update: rows.update,
    // Users and groups keep no school (ON DELETE SET NULL).
    delete: async (id) => (await rows.delete(id)) === 'deleted',
    list: (filter, sort, slice) => {
      const params = new SqlParams();
      const where = whereAll([
        containsText(
          ['schools.name', 'schools.short_name', 'schools.address', 'cities.name'],
          filter.search,
          params,
        ),
        filter.cityName !== undefined && `lower(cities.name) = lower(${params.add(filter.cityName)})`,
        filter.near && withinArea(filter.near, params, schoolCoordinates),
      ]);
      return selectSlice(
        database,
        {
          select: selected(),
          from: `FROM schools LEFT JOIN cities ON cities.id = schools.city_id ${where}`,
          orderBy: orderBySort(sort, SORT_KEYS, 'schools.id'),
          params,
          map: schoolOf,
        },
        slice,
      );
    },
    nearby: async (request) => {
      const rows = await selectNearby<SchoolRow>(database, { columns: selected(), from: 'schools' }, request);
      return rows.map((row) => ({ school: schoolOf(row), distanceKm: row.distance_km }));
    },
    countByCity: async (cityIds) => {
      if (cityIds.length === 0) return new Map();
      const rows = await database.query<{ key: number; count: number }>(
        `SELECT city_id AS key, count(*)::int AS count FROM schools
         WHERE city_id = ANY($1::int[]) GROUP BY city_id`,
        [cityIds],
      );
      return countsByKey(cityIds, rows);
    },
  };
}
