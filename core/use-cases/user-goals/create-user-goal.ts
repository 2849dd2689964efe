import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { applyUserGoalRequest, refuseUserGoal } from './user-goal-fields.js';
import { presentUserGoal } from './user-goal-view.js';

/** Adds a goal to the caller's list, once per goal. */
export const createUserGoal: UseCase<typeof contract.userGoals.create> = async ({ body }, context) => {
  const fields = applyUserGoalRequest({ goalId: body.goal, targetValue: null, targetDate: null }, body);
  const now = context.clock.now();
  const row = await context.store.userGoals.create({
    ...fields,
    userId: context.user.id,
    createdAt: now,
    updatedAt: now,
  });
  if (typeof row === 'string') return refuseUserGoal(row, fields.goalId);
  return { ...(await presentUserGoal(row, context)), status: 201 };
};
