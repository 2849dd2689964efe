import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { notFound } from '../../rules/errors.js';
import { presentGoal } from './goal-view.js';

export const getGoal: UseCase<typeof contract.goals.get> = async ({ params }, context) => {
  const goal = await context.store.goals.findById(params.id);
  return goal ? presentGoal(goal, context.store) : notFound();
};
