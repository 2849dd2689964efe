import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { PLAIN_LIST_LIMIT } from '../../rules/paging/plain-list-limit.js';
import { loadSchoolViews, presentSchoolListItem } from './school-view.js';

/** The schools of the city with this name (case-insensitive), by school name. */
export const searchSchoolsByCity: UseCase<typeof contract.schools.searchCity> = async (
  { query },
  context,
) => {
  const { rows } = await context.store.schools.list(
    { cityName: query.city },
    { field: 'name', descending: false },
    { offset: 0, limit: PLAIN_LIST_LIMIT },
  );
  const views = await loadSchoolViews(rows, context.store);
  return { status: 200, body: views.map(presentSchoolListItem) };
};
