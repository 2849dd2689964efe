import type { SubjectRecord, SubjectRepo } from '../store.js';
import { UNIQUE_VIOLATION, type Database } from './database.js';
import {
  columnValues,
  insertRow,
  REFERENCED,
  refuseOnViolation,
  selectByIds,
  updateRow,
  type ColumnNames,
} from './reference-rows.js';
import { containsText, orderBySort, selectSlice, SqlParams, textOrder, whereAll } from './sql-listing.js';

interface SubjectRow {
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
const SELECTED = 'id, code, name_en, name_vi, level, created_at, updated_at';

const subjectOf = (row: SubjectRow): SubjectRecord => ({
  id: row.id,
  code: row.code,
  nameEn: row.name_en,
  nameVi: row.name_vi,
  level: row.level,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const CODE_TAKEN = { [UNIQUE_VIOLATION]: 'code_taken' } as const;

/** Subjects on Postgres: the code's uniqueness and the users' lists' RESTRICT are the schema's. */
export function createPostgresSubjects(database: Database): SubjectRepo {
  return {
    create: async (subject) => {
      const row = await refuseOnViolation(
        insertRow<SubjectRow>(database, 'subjects', {
          values: columnValues(subject, COLUMNS),
          returning: SELECTED,
        }),
        CODE_TAKEN,
      );
      return typeof row === 'string' ? row : subjectOf(row);
    },
    findById: async (id) => {
      const [row] = await selectByIds<SubjectRow>(database, 'subjects', { ids: [id], columns: SELECTED });
      return row ? subjectOf(row) : null;
    },
    findByIds: async (ids) => {
      const rows = await selectByIds<SubjectRow>(database, 'subjects', { ids, columns: SELECTED });
      return new Map(rows.map((row) => [row.id, subjectOf(row)]));
    },
    update: async (id, changes) => {
      const row = await refuseOnViolation(
        updateRow<SubjectRow>(database, 'subjects', {
          id,
          values: columnValues(changes, COLUMNS),
          returning: SELECTED,
        }),
        CODE_TAKEN,
      );
      return typeof row === 'string' || row === null ? row : subjectOf(row);
    },
    delete: async (id) => {
      // Sessions lose the subject (SET NULL), groups drop it (CASCADE), users' rows refuse (RESTRICT).
      const deleted = await refuseOnViolation(
        database.query('DELETE FROM subjects WHERE id = $1 RETURNING id', [id]),
        REFERENCED,
      );
      if (typeof deleted === 'string') return deleted;
      return deleted.length > 0 ? 'deleted' : 'not_found';
    },
    list: (filter, sort, slice) => {
      const params = new SqlParams();
      const where = whereAll([
        containsText(['code', 'name_en', 'name_vi'], filter.search, params),
        filter.level !== undefined && `level = ${params.add(filter.level)}`,
      ]);
      return selectSlice(
        database,
        {
          select: SELECTED,
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
