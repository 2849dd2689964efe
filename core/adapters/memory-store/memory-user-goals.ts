import type {
  GoalRecord,
  GoalUptake,
  UserGoalFilter,
  UserGoalRecord,
  UserGoalRepo,
} from '../../ports/store/store.js';
import type { MemoryForeignKeys } from './memory-foreign-keys.js';
import { GroupedRows } from './memory-indexes.js';
import { containsText } from './memory-listing.js';
import { ownedRowOperations } from './memory-owned-rows.js';
import { MemoryTable } from './table.js';

export function createMemoryUserGoals(goals: MemoryTable<GoalRecord>, keys: MemoryForeignKeys): UserGoalRepo {
  const rows = new MemoryTable<UserGoalRecord>();
  const byGoal = new GroupedRows((row: UserGoalRecord) => row.goalId);

  const matches = (filter: UserGoalFilter) => (row: UserGoalRecord) => {
    const goal = goals.get(row.goalId);
    return (
      row.userId === filter.userId &&
      containsText([goal?.code, goal?.name], filter.search) &&
      (!filter.type || goal?.type === filter.type)
    );
  };
  const sortKeys = {
    targetValue: (row: UserGoalRecord) => row.targetValue,
    targetDate: (row: UserGoalRecord) => row.targetDate,
    createdAt: (row: UserGoalRecord) => row.createdAt,
  };
  // Each user's rows in each order.
  const byUser = {
    targetValue: new GroupedRows((row: UserGoalRecord) => row.userId, sortKeys.targetValue),
    targetDate: new GroupedRows((row: UserGoalRecord) => row.userId, sortKeys.targetDate),
    createdAt: new GroupedRows((row: UserGoalRecord) => row.userId, sortKeys.createdAt),
  };
  rows.watch(byGoal, byUser.targetValue, byUser.targetDate, byUser.createdAt);
  keys.restrict('goal', (goalId) => byGoal.of(goalId).size > 0);

  return {
    ...ownedRowOperations(rows, { key: 'goalId', exists: (id) => goals.get(id) !== null }),
    list: (filter, sort, slice) => {
      const keep = filter.search !== undefined || filter.type ? matches(filter) : undefined;
      return Promise.resolve(
        byUser[sort.field]
          .of(filter.userId)
          .page({ descending: sort.descending, slice, ...(keep && { keep }) }),
      );
    },
    uptakeOf: (goalIds) => {
      const uptake = new Map<number, GoalUptake>();
      for (const goalId of goalIds) {
        const mine = [...byGoal.of(goalId).range()];
        const targets = mine.flatMap((row) => (row.targetValue === null ? [] : [row.targetValue]));
        uptake.set(goalId, {
          users: mine.length,
          averageTargetValue:
            targets.length === 0 ? null : targets.reduce((sum, value) => sum + value, 0) / targets.length,
        });
      }
      return Promise.resolve(uptake);
    },
  };
}
