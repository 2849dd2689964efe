import type { GoalUptake, UserGoalRecord, UserGoalRepo } from '@studymate/core';
import type { Database } from './database.js';
import { ownedRowOperations } from './postgres-owned-rows.js';
import { columnValues, type ColumnNames } from './sql-columns.js';
import { containsText, orderBySort, selectSlice, SqlParams, whereAll } from './sql-listing.js';

interface UserGoalRow {
  id: number;
  user_id: number;
  goal_id: number;
  target_value: number | null;
  /** Selected as text: YYYY-MM-DD. */
  target_date: string | null;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS: ColumnNames<Omit<UserGoalRecord, 'id'>> = {
  userId: 'user_id',
  goalId: 'goal_id',
  targetValue: 'target_value',
  targetDate: 'target_date',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
};

const selected = (alias: string) =>
  [
    ...['id', 'user_id', 'goal_id', 'target_value'].map((column) => `${alias}.${column}`),
    `${alias}.target_date::text AS target_date`,
    ...['created_at', 'updated_at'].map((column) => `${alias}.${column}`),
  ].join(', ');

const userGoalOf = (row: UserGoalRow): UserGoalRecord => ({
  id: row.id,
  userId: row.user_id,
  goalId: row.goal_id,
  targetValue: row.target_value,
  targetDate: row.target_date,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const SORT_KEYS = {
  targetValue: 'user_goals.target_value',
  targetDate: 'user_goals.target_date',
  createdAt: 'user_goals.created_at',
};

/** The users' goals on Postgres: one row per user and goal, the schema's UNIQUE key. */
export function createPostgresUserGoals(database: Database): UserGoalRepo {
  return {
    ...ownedRowOperations(database, {
      table: 'user_goals',
      selected,
      recordOf: userGoalOf,
      valuesOf: (fields: Partial<Omit<UserGoalRecord, 'id'>>) => columnValues(fields, COLUMNS),
    }),
    list: (filter, sort, slice) => {
      const params = new SqlParams();
      const where = whereAll([
        `user_goals.user_id = ${params.add(filter.userId)}`,
        containsText(['goals.code', 'goals.name'], filter.search, params),
        filter.type !== undefined && `goals.type = ${params.add(filter.type)}`,
      ]);
      return selectSlice(
        database,
        {
          select: selected('user_goals'),
          from: `FROM user_goals JOIN goals ON goals.id = user_goals.goal_id ${where}`,
          orderBy: orderBySort(sort, SORT_KEYS, 'user_goals.id'),
          params,
          map: userGoalOf,
        },
        slice,
      );
    },
    uptakeOf: async (goalIds) => {
      const uptake = new Map<number, GoalUptake>(
        goalIds.map((id) => [id, { users: 0, averageTargetValue: null }]),
      );
      if (goalIds.length === 0) return uptake;
      const rows = await database.query<{ goal_id: number; users: number; average: number | null }>(
        `SELECT goal_id, count(*)::int AS users, avg(target_value) AS average
         FROM user_goals WHERE goal_id = ANY($1::int[]) GROUP BY goal_id`,
        [goalIds],
      );
      for (const row of rows) uptake.set(row.goal_id, { users: row.users, averageTargetValue: row.average });
      return uptake;
    },
  };
}
