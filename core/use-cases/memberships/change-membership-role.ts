import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { applyMembershipChange } from '../../rules/groups/apply-membership-change.js';
import { decideRoleChange } from '../../rules/groups/membership-decisions.js';
import { presentOneMembership } from '../../rules/groups/present-membership.js';
import { findAdministeredMembership } from './find-membership.js';

/** Admins change an active member's role; the last admin is never demoted. */
export const changeMembershipRole: UseCase<typeof contract.memberships.changeRole> = async (
  { params, body },
  context,
) => {
  const found = await findAdministeredMembership(params.id, context);
  if (!found.ok) return found.response;
  const change = await applyMembershipChange(context, { membershipId: params.id }, (state) =>
    decideRoleChange(state, { role: body.role, now: found.group.now }),
  );
  if (!change.ok) return change.response;
  return { status: 200, body: await presentOneMembership(change.membership, context.store) };
};
