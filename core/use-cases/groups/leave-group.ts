import type { contract } from '@studymate/contract';
import { announceAccessEnded } from '../../rules/chat-rooms/end-access.js';
import type { UseCase } from '../../context.js';
import { applyMembershipChange } from '../../rules/groups/apply-membership-change.js';
import { findVisibleGroup } from '../../rules/groups/find-group.js';
import { decideLeave } from '../../rules/groups/membership-decisions.js';

/** Leaves (or withdraws a request, or declines an invitation); the last admin cannot. Their chat sockets in the group close. */
export const leaveGroup: UseCase<typeof contract.groups.leave> = async ({ params }, context) => {
  const found = await findVisibleGroup(params.id, context);
  if (!found.ok) return found.response;
  const change = await applyMembershipChange(
    context,
    { groupId: params.id, userId: context.user.id },
    (state) => decideLeave(state, found.now),
  );
  if (!change.ok) return change.response;
  announceAccessEnded(context, {
    reason: 'left',
    conversationId: found.group.conversationId,
    userIds: [context.user.id],
  });
  return { status: 200, body: { message: 'You have left the group.' } };
};
