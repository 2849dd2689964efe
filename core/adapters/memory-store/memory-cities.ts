import type { CityFilter, CityRecord, CityRepo } from '../../ports/store/store.js';
import type { MemoryForeignKeys } from './memory-foreign-keys.js';
import { SortedRows } from './memory-indexes.js';
import { GeoGrid } from './geo-grid.js';
import { containsText, distanceWithin } from './memory-listing.js';
import type { MemoryTable } from './table.js';

export function createMemoryCities(cities: MemoryTable<CityRecord>, keys: MemoryForeignKeys): CityRepo {
  const matches = (filter: CityFilter) => (city: CityRecord) =>
    containsText([city.name], filter.search) &&
    (!filter.near || distanceWithin(filter.near, city.location) !== null);
  const byName = new SortedRows((city: CityRecord) => city.name);
  const located = new GeoGrid((city: CityRecord) => city.location);
  cities.watch(byName, located);
  return {
    create: (city) => Promise.resolve(cities.insert(city)),
    findById: (id) => Promise.resolve(cities.get(id)),
    update: (id, changes) => Promise.resolve(cities.patch(id, changes)),
    delete: (id) => Promise.resolve(keys.delete('city', cities, id) === 'deleted'),
    list: (filter, sort, slice) => {
      const keep = filter.search !== undefined || filter.near ? matches(filter) : undefined;
      return Promise.resolve(byName.page({ descending: sort.descending, slice, ...(keep && { keep }) }));
    },
    nearby: (request) =>
      Promise.resolve(
        located.nearest(request).map(({ row, distanceKm }) => ({
          city: { ...row },
          distanceKm,
        })),
      ),
  };
}
