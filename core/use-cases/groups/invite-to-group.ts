import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { fieldError, forbidden } from '../../rules/errors.js';
import { applyMembershipChange } from '../../rules/groups/apply-membership-change.js';
import { findVisibleGroup } from '../../rules/groups/find-group.js';
import { canInvite } from '../../rules/groups/group-rules.js';
import { decideInvite } from '../../rules/groups/membership-decisions.js';
import { presentOneMembership } from '../../rules/groups/present-membership.js';

/** Admins and moderators invite an existing, active user. */
export const inviteToGroup: UseCase<typeof contract.groups.invite> = async ({ params, body }, context) => {
  const found = await findVisibleGroup(params.id, context);
  if (!found.ok) return found.response;
  if (!canInvite(found.membership)) return forbidden('Only admins and moderators of this group can invite.');
  const invitee = await context.store.users.findById(body.user_id);
  if (invitee?.status !== 'active')
    return fieldError('user_id', `Invalid pk "${body.user_id}" - object does not exist.`);
  const change = await applyMembershipChange(context, { groupId: params.id, userId: invitee.id }, (state) =>
    decideInvite(state, { inviterId: context.user.id, now: found.now }),
  );
  if (!change.ok) return change.response;
  return { status: 200, body: await presentOneMembership(change.membership, context.store) };
};
