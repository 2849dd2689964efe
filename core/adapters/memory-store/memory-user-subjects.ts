import { SubjectIntentSchema } from '@studymate/contract';
import type {
  SubjectInterest,
  SubjectRecord,
  UserSubjectFilter,
  UserSubjectRecord,
  UserSubjectRepo,
} from '../../ports/store/store.js';
import type { MemoryForeignKeys } from './memory-foreign-keys.js';
import { GroupedRows } from './memory-indexes.js';
import { containsText } from './memory-listing.js';
import { levelRank } from './memory-subjects.js';
import { ownedRowOperations } from './memory-owned-rows.js';
import { MemoryTable } from './table.js';

export function createMemoryUserSubjects(
  subjects: MemoryTable<SubjectRecord>,
  keys: MemoryForeignKeys,
): UserSubjectRepo {
  const rows = new MemoryTable<UserSubjectRecord>();
  const bySubject = new GroupedRows((row: UserSubjectRecord) => row.subjectId);

  const matches = (filter: UserSubjectFilter) => (row: UserSubjectRecord) => {
    const subject = subjects.get(row.subjectId);
    return (
      row.userId === filter.userId &&
      containsText([subject?.code, subject?.nameEn, subject?.nameVi], filter.search) &&
      (!filter.level || row.level === filter.level) &&
      (!filter.intent || row.intent === filter.intent)
    );
  };
  const sortKeys = {
    level: (row: UserSubjectRecord) => levelRank(row.level),
    intent: (row: UserSubjectRecord) => SubjectIntentSchema.options.indexOf(row.intent),
    createdAt: (row: UserSubjectRecord) => row.createdAt,
  };
  // Each user's rows in each order.
  const byUser = {
    level: new GroupedRows((row: UserSubjectRecord) => row.userId, sortKeys.level),
    intent: new GroupedRows((row: UserSubjectRecord) => row.userId, sortKeys.intent),
    createdAt: new GroupedRows((row: UserSubjectRecord) => row.userId, sortKeys.createdAt),
  };
  rows.watch(bySubject, byUser.level, byUser.intent, byUser.createdAt);
  keys.restrict('subject', (subjectId) => bySubject.of(subjectId).size > 0);

  return {
    ...ownedRowOperations(rows, { key: 'subjectId', exists: (id) => subjects.get(id) !== null }),
    list: (filter, sort, slice) => {
      const narrowed =
        filter.search !== undefined || filter.level !== undefined || filter.intent !== undefined;
      const keep = narrowed ? matches(filter) : undefined;
      return Promise.resolve(
        byUser[sort.field]
          .of(filter.userId)
          .page({ descending: sort.descending, slice, ...(keep && { keep }) }),
      );
    },
    interestIn: (subjectIds) => {
      const interest = new Map<number, SubjectInterest>(
        subjectIds.map((id) => [id, { users: 0, learners: 0, teachers: 0 }]),
      );
      for (const [subjectId, counts] of interest) {
        for (const row of bySubject.of(subjectId).range()) {
          counts.users += 1;
          if (row.intent !== 'teach') counts.learners += 1;
          if (row.intent !== 'learn') counts.teachers += 1;
        }
      }
      return Promise.resolve(interest);
    },
  };
}
