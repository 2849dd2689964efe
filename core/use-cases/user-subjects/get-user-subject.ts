import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { notFound } from '../../rules/errors.js';
import { presentUserSubject } from './user-subject-view.js';

/** One of the caller's rows; anyone else's is a 404. */
export const getUserSubject: UseCase<typeof contract.userSubjects.get> = async ({ params }, context) => {
  const row = await context.store.userSubjects.findOwned(params.id, context.user.id);
  return row ? presentUserSubject(row, context) : notFound();
};
