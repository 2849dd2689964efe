import type { NewSubject, SubjectRecord, SubjectRepo } from '@studymate/core';
import type { Database } from './database.js';
import { CODE_TAKEN_OR_REFERENCED, referenceRowOperations } from './postgres-reference-rows.js';
import { columnValues, type ColumnNames } from './sql-columns.js';
import { containsText, orderBySort, selectSlice, SqlParams, textOrder, whereAll } from './sql-listing.js';

export interface SubjectRow {
  id: number;
  code: string;
  name_en: string;
  name_vi: string;
  level: SubjectRecord['level'];
  created_at: Date;
  updated_at: Date;
}

const COLUMNS: ColumnNames<Omit<SubjectRecord, 'id'>> = {
  code: 'code',
  nameEn: 'name_en',
  nameVi: 'name_vi',
  level: 'level',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
};
/** The subject columns, unqualified, as `SubjectRow` names them. */
export const SUBJECT_COLUMNS = 'id, code, name_en, name_vi, level, created_at, updated_at';
/** The timestamptz columns of `SUBJECT_COLUMNS`. */
export const SUBJECT_TIMESTAMPS = ['created_at', 'updated_at'];

export const subjectOf = (row: SubjectRow): SubjectRecord => ({
  id: row.id,
  code: row.code,
  nameEn: row.name_en,
  nameVi: row.name_vi,
  level: row.level,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const valuesOf = (subject: Partial<NewSubject>) => columnValues(subject, COLUMNS);
const SUBJECTS = { table: 'subjects', selected: SUBJECT_COLUMNS, recordOf: subjectOf, valuesOf };

/** Subjects on Postgres: the code's uniqueness and the users' lists' RESTRICT are the schema's. */
export function createPostgresSubjects(database: Database): SubjectRepo {
  return {
    // Sessions lose a deleted subject (SET NULL), groups drop it (CASCADE), users' rows refuse (RESTRICT).
    ...referenceRowOperations(database, SUBJECTS, CODE_TAKEN_OR_REFERENCED),
    list: (filter, sort, slice) => {
      const params = new SqlParams();
      const where = whereAll([
        containsText(['code', 'name_en', 'name_vi'], filter.search, params),
        filter.level !== undefined && `level = ${params.add(filter.level)}`,
      ]);
      return selectSlice(
        database,
        {
          select: SUBJECT_COLUMNS,
          from: `FROM subjects ${where}`,
          orderBy: orderBySort(sort, {
            code: textOrder('code'),
            nameEn: textOrder('name_en'),
            createdAt: 'created_at',
          }),
          params,
          map: subjectOf,
        },
        slice,
      );
    },
  };
}
