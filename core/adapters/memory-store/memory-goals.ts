import { GoalTypeSchema } from '@studymate/contract';
import type { GoalFilter, GoalRecord, GoalRepo } from '../../ports/store/store.js';
import type { MemoryForeignKeys } from './memory-foreign-keys.js';
import { SortedRows, UniqueRows } from './memory-indexes.js';
import { containsText } from './memory-listing.js';
import type { MemoryTable } from './table.js';

export function createMemoryGoals(goals: MemoryTable<GoalRecord>, keys: MemoryForeignKeys): GoalRepo {
  const byCode = new UniqueRows((goal: GoalRecord) => goal.code);
  const codeTaken = (code: string, exceptId?: number) => {
    const holder = byCode.get(code);
    return holder !== undefined && holder.id !== exceptId;
  };
  const matches = (filter: GoalFilter) => (goal: GoalRecord) =>
    containsText([goal.code, goal.name], filter.search) && (!filter.type || goal.type === filter.type);
  const sortKeys = {
    code: (goal: GoalRecord) => goal.code,
    name: (goal: GoalRecord) => goal.name,
    type: (goal: GoalRecord) => GoalTypeSchema.options.indexOf(goal.type),
    createdAt: (goal: GoalRecord) => goal.createdAt,
  };
  const sorted = {
    code: new SortedRows(sortKeys.code),
    name: new SortedRows(sortKeys.name),
    type: new SortedRows(sortKeys.type),
    createdAt: new SortedRows(sortKeys.createdAt),
  };
  goals.watch(byCode, sorted.code, sorted.name, sorted.type, sorted.createdAt);

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
    list: (filter, sort, slice) => {
      const keep = filter.search !== undefined || filter.type ? matches(filter) : undefined;
      return Promise.resolve(
        sorted[sort.field].page({ descending: sort.descending, slice, ...(keep && { keep }) }),
      );
    },
  };
}
