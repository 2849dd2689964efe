import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import {
  applyUserSubjectRequest,
  DEFAULT_USER_SUBJECT_FIELDS,
  refuseUserSubject,
} from './user-subject-fields.js';
import { presentUserSubject } from './user-subject-view.js';

/** Adds a subject to the caller's list, once per subject. */
export const createUserSubject: UseCase<typeof contract.userSubjects.create> = async ({ body }, context) => {
  const fields = applyUserSubjectRequest({ ...DEFAULT_USER_SUBJECT_FIELDS, subjectId: body.subject }, body);
  const now = context.clock.now();
  const row = await context.store.userSubjects.create({
    ...fields,
    userId: context.user.id,
    createdAt: now,
    updatedAt: now,
  });
  if (typeof row === 'string') return refuseUserSubject(row, fields.subjectId);
  return { ...(await presentUserSubject(row, context)), status: 201 };
};
