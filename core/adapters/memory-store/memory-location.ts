import type { HistoryFilter, LocationHistoryRecord, LocationRepo } from '../../ports/store/store.js';
import { GroupedRows } from './memory-indexes.js';
import { MemoryTable } from './table.js';

export function createMemoryLocations(): LocationRepo {
  const table = new MemoryTable<LocationHistoryRecord>();
  // Each user's history by time recorded (then id): newest first is the same order read backwards.
  const byUser = new GroupedRows(
    (row: LocationHistoryRecord) => row.userId,
    (row) => row.recordedAt,
  );
  table.watch(byUser);
  /** The user's rows recorded within [from, to], as positions. */
  const window = ({ userId, from, to }: HistoryFilter) => {
    const rows = byUser.of(userId);
    const first = from ? rows.bound(from) : 0;
    return { rows, first, end: Math.max(first, to ? rows.bound(to, true) : rows.size) };
  };
  return {
    add: (row) => Promise.resolve(table.insert(row)),
    latest: (userId) => {
      const rows = byUser.of(userId);
      return Promise.resolve(rows.size > 0 ? { ...rows.at(rows.size - 1) } : null);
    },
    list: (filter, slice) => {
      const { rows, first, end } = window(filter);
      const page = rows.range(
        Math.max(first, end - slice.offset - slice.limit),
        Math.max(first, end - slice.offset),
        true,
      );
      return Promise.resolve({ count: end - first, rows: [...page].map((row) => ({ ...row })) });
    },
    findById: (id) => Promise.resolve(table.get(id)),
    stats: (userId, since) => {
      const { rows, first, end } = window({ userId, from: since });
      return Promise.resolve({
        count: end - first,
        first: end > first ? rows.at(first).recordedAt : null,
        last: end > first ? rows.at(end - 1).recordedAt : null,
      });
    },
  };
}
