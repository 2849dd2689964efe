import type {
  GoalRecord,
  GoalUptake,
  UserGoalFilter,
  UserGoalRecord,
  UserGoalRepo,
} from '../../ports/store/store.js';
import type { MemoryForeignKeys } from './memory-foreign-keys.js';
import { containsText, orderBy, sliceOf } from './memory-listing.js';
import { ownedRowOperations } from './memory-owned-rows.js';
import { MemoryTable } from './table.js';

export function createMemoryUserGoals(goals: MemoryTable<GoalRecord>, keys: MemoryForeignKeys): UserGoalRepo {
  const rows = new MemoryTable<UserGoalRecord>();
  keys.restrict('goal', (goalId) => rows.find((row) => row.goalId === goalId) !== null);

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

  return {
    ...ownedRowOperations(rows, { key: 'goalId', exists: (id) => goals.get(id) !== null }),
    list: (filter, sort, slice) =>
      Promise.resolve(sliceOf(rows.filter(matches(filter)).sort(orderBy(sort, sortKeys[sort.field])), slice)),
    uptakeOf: (goalIds) => {
      const all = rows.all();
      const uptake = new Map<number, GoalUptake>();
      for (const goalId of goalIds) {
        const mine = all.filter((row) => row.goalId === goalId);
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
