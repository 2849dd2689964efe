import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { applyMembershipChange } from '../../rules/groups/apply-membership-change.js';
import { decideReject } from '../../rules/groups/membership-decisions.js';
import { findAdministeredMembership } from './find-membership.js';

/** Admins reject a pending request; the requester may ask again later. */
export const rejectMembership: UseCase<typeof contract.memberships.reject> = async ({ params }, context) => {
  const found = await findAdministeredMembership(params.id, context);
  if (!found.ok) return found.response;
  const change = await applyMembershipChange(context, { membershipId: params.id }, (state) =>
    decideReject(state, { adminId: context.user.id, now: found.group.now }),
  );
  if (!change.ok) return change.response;
  return { status: 200, body: { message: 'Join request rejected.' } };
};
