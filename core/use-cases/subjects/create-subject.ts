import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { alreadyExists } from '../../rules/errors.js';
import { applySubjectRequest } from './subject-fields.js';
import { presentSubjectAnswer } from './subject-view.js';

/** Any signed-in user adds a subject (DESIGN §3); codes are unique. */
export const createSubject: UseCase<typeof contract.subjects.create> = async ({ body }, context) => {
  const fields = applySubjectRequest(
    { code: body.code, nameEn: body.name_en, nameVi: '', level: 'beginner' },
    body,
  );
  const now = context.clock.now();
  const subject = await context.store.subjects.create({ ...fields, createdAt: now, updatedAt: now });
  if (subject === 'code_taken') return alreadyExists('subject', 'code');
  return { ...(await presentSubjectAnswer(subject, context.store)), status: 201 };
};
