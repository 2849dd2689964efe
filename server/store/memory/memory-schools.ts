import type { SchoolRecord, SchoolRepo } from '../store.js';
import { MemoryTable } from './table.js';

export function createMemorySchools(): SchoolRepo {
  const table = new MemoryTable<SchoolRecord>();
  return {
    create: (school) => Promise.resolve(table.insert(school)),
    findById: (id) => Promise.resolve(table.get(id)),
    findByIds: (ids) => Promise.resolve(table.getMany(ids)),
  };
}
