import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { notFound } from '../../rules/errors.js';

/** Removes one of the caller's rows; anyone else's is a 404. */
export const deleteUserGoal: UseCase<typeof contract.userGoals.delete> = async ({ params }, context) => {
  const row = await context.store.userGoals.findOwned(params.id, context.user.id);
  if (!row || !(await context.store.userGoals.delete(row.id))) return notFound();
  return { status: 204, body: undefined };
};
