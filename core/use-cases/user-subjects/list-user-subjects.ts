import type { contract } from '@studymate/contract';
import type { UserSubjectFilter } from '../../ports/store/store.js';
import type { UseCase } from '../../context.js';
import { toSort } from '../../rules/paging/to-sort.js';
import { pageRequest, toPage } from '../../rules/paging/paginate.js';
import { loadUserSubjectViews, presentUserSubjectListItem } from './user-subject-view.js';

const USER_SUBJECTS_PAGE_SIZE = 10;

/** The caller's subjects only, newest first unless `ordering` says otherwise, 10 a page. */
export const listUserSubjects: UseCase<typeof contract.userSubjects.list> = async ({ query }, context) => {
  const filter: UserSubjectFilter = { userId: context.user.id };
  if (query.search) filter.search = query.search;
  if (query.level) filter.level = query.level;
  if (query.intent) filter.intent = query.intent;
  const sort = toSort(
    query.ordering,
    { level: 'level', intent: 'intent', created_at: 'createdAt' },
    { field: 'createdAt', descending: true },
  );
  const page = pageRequest(query, USER_SUBJECTS_PAGE_SIZE);
  const slice = await context.store.userSubjects.list(filter, sort, page);
  const views = await loadUserSubjectViews(slice.rows, context.store);
  return toPage({ count: slice.count, rows: views }, page, {
    url: context.url,
    present: presentUserSubjectListItem,
  });
};
