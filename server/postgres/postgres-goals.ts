import { GoalTypeSchema } from '@studymate/contract';
import type { GoalRecord, GoalRepo, NewGoal } from '@studymate/core';
import type { Database } from './database.js';
import { CODE_TAKEN_OR_REFERENCED, referenceRowOperations } from './postgres-reference-rows.js';
import { columnValues, type ColumnNames } from './sql-columns.js';
import {
  containsText,
  declaredOrder,
  orderBySort,
  selectSlice,
  SqlParams,
  textOrder,
  whereAll,
} from './sql-listing.js';

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

const valuesOf = (goal: Partial<NewGoal>) => columnValues(goal, COLUMNS);
const GOALS = { table: 'goals', selected: SELECTED, recordOf: goalOf, valuesOf };

/** Goals on Postgres: the code's uniqueness and the users' lists' RESTRICT are the schema's. */
export function createPostgresGoals(database: Database): GoalRepo {
  return {
    // A goal on a user's list refuses the delete (RESTRICT).
    ...referenceRowOperations(database, GOALS, CODE_TAKEN_OR_REFERENCED),
    list: (filter, sort, slice) => {
      const params = new SqlParams();
      const where = whereAll([
        containsText(['code', 'name'], filter.search, params),
        filter.type !== undefined && `type = ${params.add(filter.type)}`,
      ]);
      const key =
        sort.field === 'type'
          ? declaredOrder('type', GoalTypeSchema.options, params)
          : SORT_COLUMNS[sort.field];
      return selectSlice(
        database,
        {
          select: SELECTED,
          from: `FROM goals ${where}`,
          orderBy: orderBySort({ field: 'key', descending: sort.descending }, { key }),
          params,
          map: goalOf,
        },
        slice,
      );
    },
  };
}
