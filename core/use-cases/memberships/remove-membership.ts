import type { contract } from '@studymate/contract';
import { announceAccessEnded } from '../../rules/chat-rooms/end-access.js';
import type { UseCase } from '../../context.js';
import { applyMembershipChange } from '../../rules/groups/apply-membership-change.js';
import { decideRemove } from '../../rules/groups/membership-decisions.js';
import { findAdministeredMembership } from './find-membership.js';

/** Admins remove an active member; never the last admin. The member's chat sockets in the group close. */
export const removeMembership: UseCase<typeof contract.memberships.remove> = async ({ params }, context) => {
  const found = await findAdministeredMembership(params.id, context);
  if (!found.ok) return found.response;
  const change = await applyMembershipChange(context, { membershipId: params.id }, (state) =>
    decideRemove(state, found.group.now),
  );
  if (!change.ok) return change.response;
  announceAccessEnded(context, {
    reason: 'removed',
    conversationId: found.group.group.conversationId,
    userIds: [change.membership.userId],
  });
  return { status: 200, body: { message: 'Member removed from group.' } };
};
