import type { contract } from '@studymate/contract';
import type { SchoolFilter } from '../../ports/store/store.js';
import type { UseCase } from '../../context.js';
import { readProximity } from '../../rules/geo/proximity.js';
import { toSort } from '../../rules/paging/to-sort.js';
import { pageRequest, toPage } from '../../rules/paging/paginate.js';
import { loadSchoolViews, presentSchoolListItem } from './school-view.js';

const SCHOOLS_PAGE_SIZE = 10;
export const SCHOOL_DEFAULT_RADIUS_KM = 10;

/** Schools, searched and filtered, by name unless `ordering` says otherwise, 10 a page. */
export const listSchools: UseCase<typeof contract.schools.list> = async ({ query }, context) => {
  const proximity = readProximity(query, SCHOOL_DEFAULT_RADIUS_KM);
  if (!proximity.ok) return proximity.response;
  const filter: SchoolFilter = {};
  if (query.search) filter.search = query.search;
  if (query.city) filter.cityName = query.city;
  if (proximity.area) filter.near = proximity.area;
  const sort = toSort(
    query.ordering,
    { name: 'name', city: 'cityName', created_at: 'createdAt' },
    { field: 'name', descending: false },
  );
  const page = pageRequest(query, SCHOOLS_PAGE_SIZE);
  const slice = await context.store.schools.list(filter, sort, page);
  const views = await loadSchoolViews(slice.rows, context.store);
  return toPage({ count: slice.count, rows: views }, page, {
    url: context.url,
    present: presentSchoolListItem,
  });
};
