import { SubjectLevelSchema } from '@studymate/contract';
import type { SubjectFilter, SubjectRecord, SubjectRepo } from '../../ports/store/store.js';
import type { MemoryForeignKeys } from './memory-foreign-keys.js';
import { SortedRows, UniqueRows } from './memory-indexes.js';
import { containsText } from './memory-listing.js';
import type { MemoryTable } from './table.js';

/** A level's rank: enums sort in their declared order. */
export const levelRank = (level: SubjectRecord['level']) => SubjectLevelSchema.options.indexOf(level);

export function createMemorySubjects(
  subjects: MemoryTable<SubjectRecord>,
  keys: MemoryForeignKeys,
): SubjectRepo {
  const byCode = new UniqueRows((subject: SubjectRecord) => subject.code);
  const codeTaken = (code: string, exceptId?: number) => {
    const holder = byCode.get(code);
    return holder !== undefined && holder.id !== exceptId;
  };
  const matches = (filter: SubjectFilter) => (subject: SubjectRecord) =>
    containsText([subject.code, subject.nameEn, subject.nameVi], filter.search) &&
    (!filter.level || subject.level === filter.level);
  const sortKeys = {
    code: (subject: SubjectRecord) => subject.code,
    nameEn: (subject: SubjectRecord) => subject.nameEn,
    createdAt: (subject: SubjectRecord) => subject.createdAt,
  };
  const sorted = {
    code: new SortedRows(sortKeys.code),
    nameEn: new SortedRows(sortKeys.nameEn),
    createdAt: new SortedRows(sortKeys.createdAt),
  };
  subjects.watch(byCode, sorted.code, sorted.nameEn, sorted.createdAt);

  return {
    create: (subject) =>
      Promise.resolve(codeTaken(subject.code) ? ('code_taken' as const) : subjects.insert(subject)),
    findById: (id) => Promise.resolve(subjects.get(id)),
    findByIds: (ids) => Promise.resolve(subjects.getMany(ids)),
    update: (id, changes) =>
      Promise.resolve(
        changes.code !== undefined && codeTaken(changes.code, id)
          ? ('code_taken' as const)
          : subjects.patch(id, changes),
      ),
    delete: (id) => Promise.resolve(keys.delete('subject', subjects, id)),
    list: (filter, sort, slice) => {
      const keep = filter.search !== undefined || filter.level ? matches(filter) : undefined;
      return Promise.resolve(
        sorted[sort.field].page({ descending: sort.descending, slice, ...(keep && { keep }) }),
      );
    },
  };
}
