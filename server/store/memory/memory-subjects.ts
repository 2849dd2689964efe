import type { SubjectRecord, SubjectRepo } from '../store.js';
import { MemoryTable } from './table.js';

export function createMemorySubjects(): SubjectRepo {
  const table = new MemoryTable<SubjectRecord>();
  return {
    create: (subject) => Promise.resolve(table.insert(subject)),
    findById: (id) => Promise.resolve(table.get(id)),
    findByIds: (ids) => Promise.resolve(table.getMany(ids)),
  };
}
