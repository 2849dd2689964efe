import type { Contract } from '@studymate/contract';
import type { UseCaseTree } from '../../context.js';
import { createGoal } from './create-goal.js';
import { deleteGoal } from './delete-goal.js';
import { getGoal } from './get-goal.js';
import { listGoals } from './list-goals.js';
import { replaceGoal, updateGoal } from './update-goal.js';

/** The goals area: one use case per route of `contract.goals`, key for key. */
export const goalsUseCases: UseCaseTree<Contract['goals']> = {
  list: listGoals,
  create: createGoal,
  get: getGoal,
  replace: replaceGoal,
  update: updateGoal,
  delete: deleteGoal,
};
