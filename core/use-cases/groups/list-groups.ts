import type { contract } from '@studymate/contract';
import type { GroupFilter } from '../../ports/store/store.js';
import type { UseCase } from '../../context.js';
import { pageRequest, toPage } from '../../rules/paging/paginate.js';
import { loadGroupViews, presentGroupListItem } from '../../rules/groups/group-view.js';

const GROUPS_PAGE_SIZE = 10;

/** The groups the caller may see (invite-only ones only when in or invited), newest first. */
export const listGroups: UseCase<typeof contract.groups.list> = async ({ query }, context) => {
  const filter: GroupFilter = { visibleTo: context.user.id };
  if (query.status) filter.statuses = [query.status];
  if (query.privacy) filter.privacy = query.privacy;
  if (query.subject !== undefined) filter.subjectId = query.subject;
  if (query.school !== undefined) filter.schoolId = query.school;
  const page = pageRequest(query, GROUPS_PAGE_SIZE);
  const slice = await context.store.groups.list(filter, page);
  const views = await loadGroupViews(slice.rows, { store: context.store, callerId: context.user.id });
  return toPage({ count: slice.count, rows: views }, page, {
    url: context.url,
    present: presentGroupListItem,
  });
};
