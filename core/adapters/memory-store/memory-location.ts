import type { HistoryFilter, LocationHistoryRecord, LocationRepo } from '../../ports/store/store.js';
import { MemoryTable } from './table.js';

const newestFirst = (a: LocationHistoryRecord, b: LocationHistoryRecord) =>
  b.recordedAt.getTime() - a.recordedAt.getTime() || b.id - a.id;

export function createMemoryLocations(): LocationRepo {
  const table = new MemoryTable<LocationHistoryRecord>();
  const matches = (filter: HistoryFilter) => (row: LocationHistoryRecord) =>
    row.userId === filter.userId &&
    (!filter.from || row.recordedAt >= filter.from) &&
    (!filter.to || row.recordedAt <= filter.to);
  return {
    add: (row) => Promise.resolve(table.insert(row)),
    latest: (userId) =>
      Promise.resolve(table.filter((row) => row.userId === userId).sort(newestFirst)[0] ?? null),
    list: (filter, slice) => {
      const rows = table.filter(matches(filter)).sort(newestFirst);
      return Promise.resolve({
        count: rows.length,
        rows: rows.slice(slice.offset, slice.offset + slice.limit),
      });
    },
    findById: (id) => Promise.resolve(table.get(id)),
    stats: (userId, since) => {
      const rows = table.filter(matches({ userId, from: since })).sort(newestFirst);
      return Promise.resolve({
        count: rows.length,
        first: rows.at(-1)?.recordedAt ?? null,
        last: rows[0]?.recordedAt ?? null,
      });
    },
  };
}
