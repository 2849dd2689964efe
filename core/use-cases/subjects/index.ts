import type { Contract } from '@studymate/contract';
import type { UseCaseTree } from '../../context.js';
import { createSubject } from './create-subject.js';
import { deleteSubject } from './delete-subject.js';
import { getSubject } from './get-subject.js';
import { listSubjects } from './list-subjects.js';
import { replaceSubject, updateSubject } from './update-subject.js';

/** The subjects area: one use case per route of `contract.subjects`, key for key. */
export const subjectsUseCases: UseCaseTree<Contract['subjects']> = {
  list: listSubjects,
  create: createSubject,
  get: getSubject,
  replace: replaceSubject,
  update: updateSubject,
  delete: deleteSubject,
};
