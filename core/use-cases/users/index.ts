import type { Contract } from '@studymate/contract';
import type { UseCaseTree } from '../../context.js';
import { getUserStatus } from './get-user-status.js';

/** The users area: one use case per route of `contract.users`, key for key. */
export const usersUseCases: UseCaseTree<Contract['users']> = {
  getStatus: getUserStatus,
};
