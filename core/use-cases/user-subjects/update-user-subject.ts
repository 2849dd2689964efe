import type { UserSubjectPatchRequest, contract } from '@studymate/contract';
import type { CoreContext, UseCase } from '../../context.js';
import { notFound } from '../../rules/errors.js';
import { applyUserSubjectRequest, refuseUserSubject } from './user-subject-fields.js';
import { presentUserSubject } from './user-subject-view.js';

async function applyUserSubjectUpdate(id: number, body: UserSubjectPatchRequest, context: CoreContext) {
  const row = await context.store.userSubjects.findOwned(id, context.user.id);
  if (!row) return notFound();
  const fields = applyUserSubjectRequest(row, body);
  const updated = await context.store.userSubjects.update(id, { ...fields, updatedAt: context.clock.now() });
  if (typeof updated === 'string') return refuseUserSubject(updated, fields.subjectId);
  return updated ? presentUserSubject(updated, context) : notFound();
}

/** PATCH: the caller's own rows only (404 otherwise); a new subject must exist and not be on the list. */
export const updateUserSubject: UseCase<typeof contract.userSubjects.update> = ({ params, body }, context) =>
  applyUserSubjectUpdate(params.id, body, context);

/** PUT: the same, with `subject` required. */
export const replaceUserSubject: UseCase<typeof contract.userSubjects.replace> = (
  { params, body },
  context,
) => applyUserSubjectUpdate(params.id, body, context);
