import { SubjectIntentSchema, SubjectLevelSchema } from '@studymate/contract';
import type { SubjectInterest, UserSubjectRecord, UserSubjectRepo } from '@studymate/core';
import type { Database } from './database.js';
import { ownedRowOperations } from './postgres-owned-rows.js';
import { columnValues, type ColumnNames } from './sql-columns.js';
import { containsText, declaredOrder, orderBySort, selectSlice, SqlParams, whereAll } from './sql-listing.js';

interface UserSubjectRow {
  id: number;
  user_id: number;
  subject_id: number;
  level: UserSubjectRecord['level'];
  intent: UserSubjectRecord['intent'];
  note: string;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS: ColumnNames<Omit<UserSubjectRecord, 'id'>> = {
  userId: 'user_id',
  subjectId: 'subject_id',
  level: 'level',
  intent: 'intent',
  note: 'note',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
};

const selected = (alias: string) =>
  ['id', 'user_id', 'subject_id', 'level', 'intent', 'note', 'created_at', 'updated_at']
    .map((column) => `${alias}.${column}`)
    .join(', ');

const userSubjectOf = (row: UserSubjectRow): UserSubjectRecord => ({
  id: row.id,
  userId: row.user_id,
  subjectId: row.subject_id,
  level: row.level,
  intent: row.intent,
  note: row.note,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** The users' subjects on Postgres: one row per user and subject, the schema's UNIQUE key. */
export function createPostgresUserSubjects(database: Database): UserSubjectRepo {
  return {
    ...ownedRowOperations(database, {
      table: 'user_subjects',
      selected,
      recordOf: userSubjectOf,
      valuesOf: (fields: Partial<Omit<UserSubjectRecord, 'id'>>) => columnValues(fields, COLUMNS),
    }),
    list: (filter, sort, slice) => {
      const params = new SqlParams();
      const where = whereAll([
        `user_subjects.user_id = ${params.add(filter.userId)}`,
        containsText(['subjects.code', 'subjects.name_en', 'subjects.name_vi'], filter.search, params),
        filter.level !== undefined && `user_subjects.level = ${params.add(filter.level)}`,
        filter.intent !== undefined && `user_subjects.intent = ${params.add(filter.intent)}`,
      ]);
      const key =
        sort.field === 'createdAt'
          ? 'user_subjects.created_at'
          : sort.field === 'level'
            ? declaredOrder('user_subjects.level', SubjectLevelSchema.options, params)
            : declaredOrder('user_subjects.intent', SubjectIntentSchema.options, params);
      return selectSlice(
        database,
        {
          select: selected('user_subjects'),
          from: `FROM user_subjects JOIN subjects ON subjects.id = user_subjects.subject_id ${where}`,
          orderBy: orderBySort({ field: 'key', descending: sort.descending }, { key }, 'user_subjects.id'),
          params,
          map: userSubjectOf,
        },
        slice,
      );
    },
    interestIn: async (subjectIds) => {
      const interest = new Map<number, SubjectInterest>(
        subjectIds.map((id) => [id, { users: 0, learners: 0, teachers: 0 }]),
      );
      if (subjectIds.length === 0) return interest;
      const rows = await database.query<SubjectInterest & { subject_id: number }>(
        `SELECT subject_id, count(*)::int AS users,
           (count(*) FILTER (WHERE intent <> 'teach'))::int AS learners,
           (count(*) FILTER (WHERE intent <> 'learn'))::int AS teachers
         FROM user_subjects WHERE subject_id = ANY($1::int[]) GROUP BY subject_id`,
        [subjectIds],
      );
      for (const { subject_id: subjectId, ...counts } of rows) interest.set(subjectId, counts);
      return interest;
    },
  };
}
