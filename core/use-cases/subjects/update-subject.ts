import type { SubjectPatchRequest, contract } from '@studymate/contract';
import type { CoreContext, UseCase } from '../../context.js';
import { alreadyExists, notFound } from '../../rules/errors.js';
import { staffOnly } from '../../rules/people/staff-only.js';
import { applySubjectRequest } from './subject-fields.js';
import { presentSubjectAnswer } from './subject-view.js';

async function applySubjectUpdate(id: number, body: SubjectPatchRequest, context: CoreContext) {
  const found = staffOnly(await context.store.subjects.findById(id), context.user);
  if (!found.ok) return found.response;
  const fields = applySubjectRequest(found.row, body);
  const updated = await context.store.subjects.update(id, { ...fields, updatedAt: context.clock.now() });
  if (updated === 'code_taken') return alreadyExists('subject', 'code');
  return updated ? presentSubjectAnswer(updated, context.store) : notFound();
}

/** PATCH: staff only; the code stays unique. */
export const updateSubject: UseCase<typeof contract.subjects.update> = ({ params, body }, context) =>
  applySubjectUpdate(params.id, body, context);

/** PUT: the same, with `code` and `name_en` required. */
export const replaceSubject: UseCase<typeof contract.subjects.replace> = ({ params, body }, context) =>
  applySubjectUpdate(params.id, body, context);
