import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { PLAIN_LIST_LIMIT } from '../../rules/paging/plain-list-limit.js';
import { loadGroupViews, presentGroupListItem } from '../../rules/groups/group-view.js';

/** Groups the caller is an active member of, newest first. */
export const listMyGroups: UseCase<typeof contract.groups.myGroups> = async (_request, context) => {
  const { rows } = await context.store.groups.list(
    { visibleTo: context.user.id, activeMemberId: context.user.id },
    { offset: 0, limit: PLAIN_LIST_LIMIT },
  );
  const views = await loadGroupViews(rows, { store: context.store, callerId: context.user.id });
  return { status: 200, body: views.map(presentGroupListItem) };
};
