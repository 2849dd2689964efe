import { SubjectIntentSchema } from '@studymate/contract';
import type {
  SubjectInterest,
  SubjectRecord,
  UserSubjectFilter,
  UserSubjectRecord,
  UserSubjectRepo,
} from '../../ports/store/store.js';
import type { MemoryForeignKeys } from './memory-foreign-keys.js';
import { containsText, orderBy, sliceOf } from './memory-listing.js';
import { levelRank } from './memory-subjects.js';
import { ownedRowOperations } from './memory-owned-rows.js';
import { MemoryTable } from './table.js';

export function createMemoryUserSubjects(
  subjects: MemoryTable<SubjectRecord>,
  keys: MemoryForeignKeys,
): UserSubjectRepo {
  const rows = new MemoryTable<UserSubjectRecord>();
  keys.restrict('subject', (subjectId) => rows.find((row) => row.subjectId === subjectId) !== null);

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

  return {
    ...ownedRowOperations(rows, { key: 'subjectId', exists: (id) => subjects.get(id) !== null }),
    list: (filter, sort, slice) =>
      Promise.resolve(sliceOf(rows.filter(matches(filter)).sort(orderBy(sort, sortKeys[sort.field])), slice)),
    interestIn: (subjectIds) => {
      const interest = new Map<number, SubjectInterest>(
        subjectIds.map((id) => [id, { users: 0, learners: 0, teachers: 0 }]),
      );
      for (const row of rows.all()) {
        const counts = interest.get(row.subjectId);
        if (!counts) continue;
        counts.users += 1;
        if (row.intent !== 'teach') counts.learners += 1;
        if (row.intent !== 'learn') counts.teachers += 1;
      }
      return Promise.resolve(interest);
    },
  };
}
