import type { Contract } from '@studymate/contract';
import type { UseCaseTree } from '../../context.js';
import { acceptMembership } from './accept-membership.js';
import { changeMembershipRole } from './change-membership-role.js';
import { getMembership } from './get-membership.js';
import { rejectMembership } from './reject-membership.js';
import { removeMembership } from './remove-membership.js';

/** The memberships area: one use case per route of `contract.memberships`, key for key. */
export const membershipsUseCases: UseCaseTree<Contract['memberships']> = {
  get: getMembership,
  changeRole: changeMembershipRole,
  accept: acceptMembership,
  reject: rejectMembership,
  remove: removeMembership,
};
