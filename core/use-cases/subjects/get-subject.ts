import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { notFound } from '../../rules/errors.js';
import { presentSubjectAnswer } from './subject-view.js';

export const getSubject: UseCase<typeof contract.subjects.get> = async ({ params }, context) => {
  const subject = await context.store.subjects.findById(params.id);
  return subject ? presentSubjectAnswer(subject, context.store) : notFound();
};
