import type { GoalPatchRequest, contract } from '@studymate/contract';
import type { CoreContext, UseCase } from '../../context.js';
import { alreadyExists, notFound } from '../../rules/errors.js';
import { staffOnly } from '../../rules/people/staff-only.js';
import { applyGoalRequest } from './goal-fields.js';
import { presentGoal } from './goal-view.js';

async function applyGoalUpdate(id: number, body: GoalPatchRequest, context: CoreContext) {
  const found = staffOnly(await context.store.goals.findById(id), context.user);
  if (!found.ok) return found.response;
  const fields = applyGoalRequest(found.row, body);
  const updated = await context.store.goals.update(id, { ...fields, updatedAt: context.clock.now() });
  if (updated === 'code_taken') return alreadyExists('goal', 'code');
  return updated ? presentGoal(updated, context.store) : notFound();
}

/** PATCH: staff only; the code stays unique. */
export const updateGoal: UseCase<typeof contract.goals.update> = ({ params, body }, context) =>
  applyGoalUpdate(params.id, body, context);

/** PUT: the same, with `code`, `name` and `type` required. */
export const replaceGoal: UseCase<typeof contract.goals.replace> = ({ params, body }, context) =>
  applyGoalUpdate(params.id, body, context);
