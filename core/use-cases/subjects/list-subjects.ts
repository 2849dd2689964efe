import type { contract } from '@studymate/contract';
import type { SubjectFilter } from '../../ports/store/store.js';
import type { UseCase } from '../../context.js';
import { toSort } from '../../rules/paging/to-sort.js';
import { pageRequest, toPage } from '../../rules/paging/paginate.js';
import { loadSubjectViews, presentSubjectListItem } from './subject-view.js';

const SUBJECTS_PAGE_SIZE = 10;

/** Subjects, searched and filtered by level, by code unless `ordering` says otherwise, 10 a page. */
export const listSubjects: UseCase<typeof contract.subjects.list> = async ({ query }, context) => {
  const filter: SubjectFilter = {};
  if (query.search) filter.search = query.search;
  if (query.level) filter.level = query.level;
  const sort = toSort(
    query.ordering,
    { code: 'code', name_en: 'nameEn', created_at: 'createdAt' },
    { field: 'code', descending: false },
  );
  const page = pageRequest(query, SUBJECTS_PAGE_SIZE);
  const slice = await context.store.subjects.list(filter, sort, page);
  const views = await loadSubjectViews(slice.rows, context.store);
  return toPage({ count: slice.count, rows: views }, page, {
    url: context.url,
    present: presentSubjectListItem,
  });
};
