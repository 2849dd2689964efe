import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { notFound } from '../../rules/errors.js';
import { presentUserGoal } from './user-goal-view.js';

/** One of the caller's rows; anyone else's is a 404. */
export const getUserGoal: UseCase<typeof contract.userGoals.get> = async ({ params }, context) => {
  const row = await context.store.userGoals.findOwned(params.id, context.user.id);
  return row ? presentUserGoal(row, context) : notFound();
};
