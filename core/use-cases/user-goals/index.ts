import type { Contract } from '@studymate/contract';
import type { UseCaseTree } from '../../context.js';
import { createUserGoal } from './create-user-goal.js';
import { deleteUserGoal } from './delete-user-goal.js';
import { getUserGoal } from './get-user-goal.js';
import { listUserGoals } from './list-user-goals.js';
import { replaceUserGoal, updateUserGoal } from './update-user-goal.js';

/** The userGoals area: one use case per route of `contract.userGoals`, key for key. */
export const userGoalsUseCases: UseCaseTree<Contract['userGoals']> = {
  list: listUserGoals,
  create: createUserGoal,
  get: getUserGoal,
  replace: replaceUserGoal,
  update: updateUserGoal,
  delete: deleteUserGoal,
};
