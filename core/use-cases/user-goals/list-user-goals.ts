import type { contract } from '@studymate/contract';
import type { UserGoalFilter } from '../../ports/store/store.js';
import type { UseCase } from '../../context.js';
import { toSort } from '../../rules/paging/to-sort.js';
import { pageRequest, toPage } from '../../rules/paging/paginate.js';
import { loadUserGoalViews, presentUserGoalListItem } from './user-goal-view.js';

const USER_GOALS_PAGE_SIZE = 10;

/** The caller's goals only, newest first unless `ordering` says otherwise, 10 a page. */
export const listUserGoals: UseCase<typeof contract.userGoals.list> = async ({ query }, context) => {
  const filter: UserGoalFilter = { userId: context.user.id };
  if (query.search) filter.search = query.search;
  if (query.type) filter.type = query.type;
  const sort = toSort(
    query.ordering,
    { target_value: 'targetValue', target_date: 'targetDate', created_at: 'createdAt' },
    { field: 'createdAt', descending: true },
  );
  const page = pageRequest(query, USER_GOALS_PAGE_SIZE);
  const slice = await context.store.userGoals.list(filter, sort, page);
  const views = await loadUserGoalViews(slice.rows, context.store);
  return toPage({ count: slice.count, rows: views }, page, {
    url: context.url,
    present: presentUserGoalListItem,
  });
};
