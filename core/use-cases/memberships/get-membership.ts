import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { loadGroupViews, presentGroupListItem } from '../../rules/groups/group-view.js';
import { presentOneMembership } from '../../rules/groups/present-membership.js';
import { findVisibleMembership } from './find-membership.js';

/** A membership with its group, when the caller may see both. */
export const getMembership: UseCase<typeof contract.memberships.get> = async ({ params }, context) => {
  const found = await findVisibleMembership(params.id, context);
  if (!found.ok) return found.response;
  const [view] = await loadGroupViews([found.group.group], {
    store: context.store,
    callerId: context.user.id,
  });
  if (!view) throw new Error(`No view for group ${found.group.group.id}`);
  const membership = await presentOneMembership(found.target, context.store);
  return { status: 200, body: { ...membership, group: presentGroupListItem(view) } };
};
