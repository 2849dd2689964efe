import { GoalTypeSchema } from '@studymate/contract';
import type { GoalFilter, GoalRecord, GoalRepo } from '../../ports/store/store.js';
import type { MemoryForeignKeys } from './memory-foreign-keys.js';
import { containsText, orderBy, sliceOf } from './memory-listing.js';
import type { MemoryTable } from './table.js';

export function createMemoryGoals(goals: MemoryTable<GoalRecord>, keys: MemoryForeignKeys): GoalRepo {
  const codeTaken = (code: string, exceptId?: number) =>
    goals.find((row) => row.code === code && row.id !== exceptId) !== null;
  const matches = (filter: GoalFilter) => (goal: GoalRecord) =>
    containsText([goal.code, goal.name], filter.search) && (!filter.type || goal.type === filter.type);
  const sortKeys = {
    code: (goal: GoalRecord) => goal.code,
    name: (goal: GoalRecord) => goal.name,
    type: (goal: GoalRecord) => GoalTypeSchema.options.indexOf(goal.type),
    createdAt: (goal: GoalRecord) => goal.createdAt,
  };

  return {
    create: (goal) => Promise.resolve(codeTaken(goal.code) ? ('code_taken' as const) : goals.insert(goal)),
    findById: (id) => Promise.resolve(goals.get(id)),
    findByIds: (ids) => Promise.resolve(goals.getMany(ids)),
    update: (id, changes) =>
      Promise.resolve(
        changes.code !== undefined && codeTaken(changes.code, id)
          ? ('code_taken' as const)
          : goals.patch(id, changes),
      ),
    delete: (id) => Promise.resolve(keys.delete('goal', goals, id)),
    list: (filter, sort, slice) =>
      Promise.resolve(
        sliceOf(goals.filter(matches(filter)).sort(orderBy(sort, sortKeys[sort.field])), slice),
      ),
  };
}
