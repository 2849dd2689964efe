import type { UserGoalPatchRequest, contract } from '@studymate/contract';
import type { CoreContext, UseCase } from '../../context.js';
import { notFound } from '../../rules/errors.js';
import { applyUserGoalRequest, refuseUserGoal } from './user-goal-fields.js';
import { presentUserGoal } from './user-goal-view.js';

async function applyUserGoalUpdate(id: number, body: UserGoalPatchRequest, context: CoreContext) {
  const row = await context.store.userGoals.findOwned(id, context.user.id);
  if (!row) return notFound();
  const fields = applyUserGoalRequest(row, body);
  const updated = await context.store.userGoals.update(id, { ...fields, updatedAt: context.clock.now() });
  if (typeof updated === 'string') return refuseUserGoal(updated, fields.goalId);
  return updated ? presentUserGoal(updated, context) : notFound();
}

/** PATCH: the caller's own rows only (404 otherwise); a new goal must exist and not be on the list. */
export const updateUserGoal: UseCase<typeof contract.userGoals.update> = ({ params, body }, context) =>
  applyUserGoalUpdate(params.id, body, context);

/** PUT: the same, with `goal` required. */
export const replaceUserGoal: UseCase<typeof contract.userGoals.replace> = ({ params, body }, context) =>
  applyUserGoalUpdate(params.id, body, context);
