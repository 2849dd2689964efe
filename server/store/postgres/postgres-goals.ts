import { GoalTypeSchema } from '../../../contract/index.js';
import type { GoalRecord, GoalRepo } from '../store.js';
import { UNIQUE_VIOLATION, type Database } from './database.js';
import {
  columnValues,
  declaredOrder,
  insertRow,
  REFERENCED,
  refuseOnViolation,
  selectByIds,
  updateRow,
  type ColumnNames,
} from './reference-rows.js';
import { containsText, orderBySort, selectSlice, SqlParams, textOrder, whereAll } from './sql-listing.js';

interface GoalRow {
  id: number;
  code: string;
  name: string;
  type: GoalRecord['type'];
  created_at: Date;
  updated_at: Date;
}

const COLUMNS: ColumnNames<Omit<GoalRecord, 'id'>> = {
  code: 'code',
  name: 'name',
  type: 'type',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
};
const SELECTED = 'id, code, name, type, created_at, updated_at';

const goalOf = (row: GoalRow): GoalRecord => ({
  id: row.id,
  code: row.code,
  name: row.name,
  type: row.type,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const SORT_COLUMNS = { code: textOrder('code'), name: textOrder('name'), createdAt: 'created_at' };

const CODE_TAKEN = { [UNIQUE_VIOLATION]: 'code_taken' } as const;

/** Goals on Postgres: the code's uniqueness and the users' lists' RESTRICT are the schema's. */
export function createPostgresGoals(database: Database): GoalRepo {
  return {
    create: async (goal) => {
      const row = await refuseOnViolation(
        insertRow<GoalRow>(database, 'goals', {
          values: columnValues(goal, COLUMNS),
          returning: SELECTED,
        }),
        CODE_TAKEN,
      );
      return typeof row === 'string' ? row : goalOf(row);
    },
    findById: async (id) => {
      const [row] = await selectByIds<GoalRow>(database, 'goals', { ids: [id], columns: SELECTED });
      return row ? goalOf(row) : null;
    },
    findByIds: async (ids) => {
      const rows = await selectByIds<GoalRow>(database, 'goals', { ids, columns: SELECTED });
      return new Map(rows.map((row) => [row.id, goalOf(row)]));
    },
    update: async (id, changes) => {
      const row = await refuseOnViolation(
        updateRow<GoalRow>(database, 'goals', {
          id,
          values: columnValues(changes, COLUMNS),
          returning: SELECTED,
        }),
        CODE_TAKEN,
      );
      return typeof row === 'string' || row === null ? row : goalOf(row);
    },
    delete: async (id) => {
      // A goal on a user's list refuses the delete (RESTRICT).
      const deleted = await refuseOnViolation(
        database.query('DELETE FROM goals WHERE id = $1 RETURNING id', [id]),
        REFERENCED,
      );
      if (typeof deleted === 'string') return deleted;
      return deleted.length > 0 ? 'deleted' : 'not_found';
    },
    list: (filter, sort, slice) => {
      const params = new SqlParams();
      const where = whereAll([
        containsText(['code', 'name'], filter.search, params),
        filter.type !== undefined && `type = ${params.add(filter.type)}`,
      ]);
      const order =
        sort.field === 'type'
          ? declaredOrder('type', GoalTypeSchema.options, params)
          : { join: '', key: SORT_COLUMNS[sort.field] };
      return selectSlice(
        database,
        {
          select: SELECTED,
          from: `FROM goals ${order.join} ${where}`,
          orderBy: orderBySort({ field: 'key', descending: sort.descending }, { key: order.key }),
          params,
          map: goalOf,
        },
        slice,
      );
    },
  };
}
