import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { badRequest, notFound } from '../../rules/errors.js';
import { staffOnly } from '../../rules/people/staff-only.js';

const SUBJECT_IN_USE = "This subject is on users' lists and cannot be deleted.";

/**
 * Staff only. Sessions and groups of the subject keep no subject (SET NULL); a subject that
 * users have on their lists is refused, since deleting it would silently delete their rows.
 */
export const deleteSubject: UseCase<typeof contract.subjects.delete> = async ({ params }, context) => {
  const found = staffOnly(await context.store.subjects.findById(params.id), context.user);
  if (!found.ok) return found.response;
  const outcome = await context.store.subjects.delete(params.id);
  switch (outcome) {
    case 'deleted':
      return { status: 204, body: undefined };
    case 'referenced':
      return badRequest(SUBJECT_IN_USE);
    case 'not_found':
      return notFound();
  }
};
