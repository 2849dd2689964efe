import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { badRequest, notFound } from '../../rules/errors.js';
import { staffOnly } from '../../rules/people/staff-only.js';

const GOAL_IN_USE = "This goal is on users' lists and cannot be deleted.";

/** Staff only. A goal that users have on their lists is refused, since deleting it would silently delete their rows. */
export const deleteGoal: UseCase<typeof contract.goals.delete> = async ({ params }, context) => {
  const found = staffOnly(await context.store.goals.findById(params.id), context.user);
  if (!found.ok) return found.response;
  const outcome = await context.store.goals.delete(params.id);
  switch (outcome) {
    case 'deleted':
      return { status: 204, body: undefined };
    case 'referenced':
      return badRequest(GOAL_IN_USE);
    case 'not_found':
      return notFound();
  }
};
