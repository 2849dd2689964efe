import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { applyMembershipChange } from '../../rules/groups/apply-membership-change.js';
import { findVisibleGroup } from '../../rules/groups/find-group.js';
import { decideJoin } from '../../rules/groups/membership-decisions.js';
import { presentOneMembership } from '../../rules/groups/present-membership.js';

/** Public: in at once; private: a request with its message; invite-only: with an invitation. */
export const joinGroup: UseCase<typeof contract.groups.join> = async ({ params, body }, context) => {
  const found = await findVisibleGroup(params.id, context);
  if (!found.ok) return found.response;
  const change = await applyMembershipChange(
    context,
    { groupId: params.id, userId: context.user.id },
    (state) => decideJoin(state, { message: body.message ?? '', now: found.now }),
  );
  if (!change.ok) return change.response;
  const pending = change.membership.status === 'pending';
  return {
    status: 200,
    body: {
      message: pending ? 'Your request to join has been sent.' : 'You have joined the group.',
      membership: await presentOneMembership(change.membership, context.store),
    },
  };
};
