import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { notFound } from '../../rules/errors.js';
import { applyMembershipChange } from '../../rules/groups/apply-membership-change.js';
import { findAdministeredGroup } from '../../rules/groups/find-group.js';
import { decideAccept, decideReject } from '../../rules/groups/membership-decisions.js';
import { presentOneMembership } from '../../rules/groups/present-membership.js';

/** Seed 004: an admin accepts (within capacity) or rejects a request of this group; only once. */
export const respondToJoinRequest: UseCase<typeof contract.groups.respondToJoinRequest> = async (
  { params, body },
  context,
) => {
  const found = await findAdministeredGroup(params.id, context);
  if (!found.ok) return found.response;
  const request = await context.store.groups.findMembership(params.membershipId);
  if (request?.groupId !== params.id || request.requestStatus === null) return notFound();
  const decision = { adminId: context.user.id, now: found.now };
  const change = await applyMembershipChange(context, { membershipId: request.id }, (state) =>
    body.action === 'accept' ? decideAccept(state, decision) : decideReject(state, decision),
  );
  if (!change.ok) return change.response;
  return {
    status: 200,
    body: {
      message: body.action === 'accept' ? 'Join request accepted.' : 'Join request rejected.',
      membership: await presentOneMembership(change.membership, context.store),
    },
  };
};
