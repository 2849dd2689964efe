import type {
  CityRecord,
  SchoolFilter,
  SchoolRecord,
  SchoolRepo,
  SchoolSortField,
} from '../../ports/store/store.js';
import type { MemoryForeignKeys } from './memory-foreign-keys.js';
import { GroupedRows, SortedRows } from './memory-indexes.js';
import { GeoGrid } from './geo-grid.js';
import { containsText, distanceWithin } from './memory-listing.js';
import type { MemoryTable } from './table.js';

export function createMemorySchools(
  tables: { schools: MemoryTable<SchoolRecord>; cities: MemoryTable<CityRecord> },
  keys: MemoryForeignKeys,
): SchoolRepo {
  const { schools, cities } = tables;
  const cityName = (school: SchoolRecord) =>
    school.cityId === null ? null : (cities.peek(school.cityId)?.name ?? null);
  // One order per sort field; the city name is read when a school enters its index, so a city's
  // rename re-enters that city's schools.
  const sortKeys = {
    name: (school: SchoolRecord) => school.name,
    cityName,
    createdAt: (school: SchoolRecord) => school.createdAt,
  };
  const sorted: Record<SchoolSortField, SortedRows<SchoolRecord>> = {
    name: new SortedRows(sortKeys.name),
    cityName: new SortedRows(sortKeys.cityName),
    createdAt: new SortedRows(sortKeys.createdAt),
  };
  const byCity = new GroupedRows((school: SchoolRecord) => school.cityId);
  const located = new GeoGrid((school: SchoolRecord) => school.location);
  schools.watch(sorted.name, sorted.cityName, sorted.createdAt, byCity, located);
  cities.watch({
    add: (city) => {
      for (const school of [...byCity.of(city.id).range()]) {
        sorted.cityName.remove(school);
        sorted.cityName.add(school);
      }
    },
    remove: () => undefined,
  });
  keys.detach('city', (cityId) => {
    for (const school of [...byCity.of(cityId).range()]) schools.patch(school.id, { cityId: null });
  });

  const matches = (filter: SchoolFilter) => (school: SchoolRecord) =>
    containsText([school.name, school.shortName, school.address, cityName(school)], filter.search) &&
    (filter.cityName === undefined || cityName(school)?.toLowerCase() === filter.cityName.toLowerCase()) &&
    (!filter.near || distanceWithin(filter.near, school.location) !== null);
  const isNarrowed = (filter: SchoolFilter) =>
    filter.search !== undefined || filter.cityName !== undefined || filter.near !== undefined;

  return {
    create: (school) => Promise.resolve(schools.insert(school)),
    findById: (id) => Promise.resolve(schools.get(id)),
    findByIds: (ids) => Promise.resolve(schools.getMany(ids)),
    update: (id, changes) => Promise.resolve(schools.patch(id, changes)),
    delete: (id) => Promise.resolve(keys.delete('school', schools, id) === 'deleted'),
    list: (filter, sort, slice) => {
      const index = sorted[sort.field];
      const keep = isNarrowed(filter) ? matches(filter) : undefined;
      if (keep && filter.near) {
        // The area's schools, then their order.
        const near = new SortedRows(sortKeys[sort.field]);
        for (const school of located.candidates(filter.near)) if (keep(school)) near.add(school);
        return Promise.resolve(near.page({ descending: sort.descending, slice }));
      }
      return Promise.resolve(index.page({ descending: sort.descending, slice, ...(keep && { keep }) }));
    },
    nearby: (request) =>
      Promise.resolve(
        located.nearest(request).map(({ row, distanceKm }) => ({
          school: { ...row },
          distanceKm,
        })),
      ),
    countByCity: (cityIds) => Promise.resolve(new Map(cityIds.map((id) => [id, byCity.of(id).size]))),
  };
}
