import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { applyMembershipChange } from '../../rules/groups/apply-membership-change.js';
import { decideAccept } from '../../rules/groups/membership-decisions.js';
import { presentOneMembership } from '../../rules/groups/present-membership.js';
import { findAdministeredMembership } from './find-membership.js';

/** Admins accept a pending request, within the group's capacity. */
export const acceptMembership: UseCase<typeof contract.memberships.accept> = async ({ params }, context) => {
  const found = await findAdministeredMembership(params.id, context);
  if (!found.ok) return found.response;
  const change = await applyMembershipChange(context, { membershipId: params.id }, (state) =>
    decideAccept(state, { adminId: context.user.id, now: found.group.now }),
  );
  if (!change.ok) return change.response;
  return { status: 200, body: await presentOneMembership(change.membership, context.store) };
};
