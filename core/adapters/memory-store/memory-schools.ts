import type {
  CityRecord,
  SchoolFilter,
  SchoolRecord,
  SchoolRepo,
  SchoolSortField,
} from '../../ports/store/store.js';
import type { MemoryForeignKeys } from './memory-foreign-keys.js';
import { containsText, countPer, distanceWithin, nearest, orderBy, sliceOf } from './memory-listing.js';
import type { MemoryTable } from './table.js';

export function createMemorySchools(
  tables: { schools: MemoryTable<SchoolRecord>; cities: MemoryTable<CityRecord> },
  keys: MemoryForeignKeys,
): SchoolRepo {
  const { schools, cities } = tables;
  keys.detach('city', (cityId) => {
    for (const school of schools.filter((row) => row.cityId === cityId))
      schools.patch(school.id, { cityId: null });
  });
  const cityName = (school: SchoolRecord) =>
    school.cityId === null ? null : (cities.get(school.cityId)?.name ?? null);
  const matches = (filter: SchoolFilter) => (school: SchoolRecord) =>
    containsText([school.name, school.shortName, school.address, cityName(school)], filter.search) &&
    (filter.cityName === undefined || cityName(school)?.toLowerCase() === filter.cityName.toLowerCase()) &&
    (!filter.near || distanceWithin(filter.near, school.location) !== null);
  const sortKeys: Record<SchoolSortField, (school: SchoolRecord) => string | Date | null> = {
    name: (school) => school.name,
    cityName,
    createdAt: (school) => school.createdAt,
  };

  return {
    create: (school) => Promise.resolve(schools.insert(school)),
    findById: (id) => Promise.resolve(schools.get(id)),
    findByIds: (ids) => Promise.resolve(schools.getMany(ids)),
    update: (id, changes) => Promise.resolve(schools.patch(id, changes)),
    delete: (id) => Promise.resolve(keys.delete('school', schools, id) === 'deleted'),
    list: (filter, sort, slice) =>
      Promise.resolve(
        sliceOf(schools.filter(matches(filter)).sort(orderBy(sort, sortKeys[sort.field])), slice),
      ),
    nearby: (request) =>
      Promise.resolve(
        nearest(schools.all(), request).map(({ row, distanceKm }) => ({ school: row, distanceKm })),
      ),
    countByCity: (cityIds) => Promise.resolve(countPer(schools.all(), cityIds, (school) => school.cityId)),
  };
}
