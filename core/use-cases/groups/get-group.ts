import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { findVisibleGroup } from '../../rules/groups/find-group.js';
import { presentGroup } from '../../rules/groups/group-view.js';

/** A group in detail with the caller's membership; invite-only groups are 404 to outsiders. */
export const getGroup: UseCase<typeof contract.groups.get> = async ({ params }, context) => {
  const found = await findVisibleGroup(params.id, context);
  if (!found.ok) return found.response;
  return {
    status: 200,
    body: await presentGroup(found.group, { store: context.store, callerId: context.user.id }),
  };
};
