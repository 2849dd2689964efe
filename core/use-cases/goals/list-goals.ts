import type { contract } from '@studymate/contract';
import type { GoalFilter } from '../../ports/store/store.js';
import type { UseCase } from '../../context.js';
import { toSort } from '../../rules/paging/to-sort.js';
import { pageRequest, toPage } from '../../rules/paging/paginate.js';
import { loadGoalViews, presentGoalListItem } from './goal-view.js';

const GOALS_PAGE_SIZE = 10;

/** Goals, searched and filtered by type, by code unless `ordering` says otherwise, 10 a page. */
export const listGoals: UseCase<typeof contract.goals.list> = async ({ query }, context) => {
  const filter: GoalFilter = {};
  if (query.search) filter.search = query.search;
  if (query.type) filter.type = query.type;
  const sort = toSort(
    query.ordering,
    { code: 'code', name: 'name', type: 'type', created_at: 'createdAt' },
    { field: 'code', descending: false },
  );
  const page = pageRequest(query, GOALS_PAGE_SIZE);
  const slice = await context.store.goals.list(filter, sort, page);
  const views = await loadGoalViews(slice.rows, context.store);
  return toPage({ count: slice.count, rows: views }, page, {
    url: context.url,
    present: presentGoalListItem,
  });
};
