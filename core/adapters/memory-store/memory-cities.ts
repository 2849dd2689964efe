import type { CityFilter, CityRecord, CityRepo } from '../../ports/store/store.js';
import type { MemoryForeignKeys } from './memory-foreign-keys.js';
import { containsText, distanceWithin, nearest, orderBy, sliceOf } from './memory-listing.js';
import type { MemoryTable } from './table.js';

export function createMemoryCities(cities: MemoryTable<CityRecord>, keys: MemoryForeignKeys): CityRepo {
  const matches = (filter: CityFilter) => (city: CityRecord) =>
    containsText([city.name], filter.search) &&
    (!filter.near || distanceWithin(filter.near, city.location) !== null);
  return {
    create: (city) => Promise.resolve(cities.insert(city)),
    findById: (id) => Promise.resolve(cities.get(id)),
    update: (id, changes) => Promise.resolve(cities.patch(id, changes)),
    delete: (id) => Promise.resolve(keys.delete('city', cities, id) === 'deleted'),
    list: (filter, sort, slice) =>
      Promise.resolve(
        sliceOf(cities.filter(matches(filter)).sort(orderBy(sort, (city) => city.name)), slice),
      ),
    nearby: (request) =>
      Promise.resolve(
        nearest(cities.all(), request).map(({ row, distanceKm }) => ({ city: row, distanceKm })),
      ),
  };
}
