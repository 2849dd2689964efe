import type { Contract } from '@studymate/contract';
import type { UseCaseTree } from '../../context.js';
import { createUserSubject } from './create-user-subject.js';
import { deleteUserSubject } from './delete-user-subject.js';
import { getUserSubject } from './get-user-subject.js';
import { listUserSubjects } from './list-user-subjects.js';
import { replaceUserSubject, updateUserSubject } from './update-user-subject.js';

/** The userSubjects area: one use case per route of `contract.userSubjects`, key for key. */
export const userSubjectsUseCases: UseCaseTree<Contract['userSubjects']> = {
  list: listUserSubjects,
  create: createUserSubject,
  get: getUserSubject,
  replace: replaceUserSubject,
  update: updateUserSubject,
  delete: deleteUserSubject,
};
