import type { contract } from '@studymate/contract';
import type { CityFilter } from '../../ports/store/store.js';
import type { UseCase } from '../../context.js';
import { readProximity } from '../../rules/geo/proximity.js';
import { toSort } from '../../rules/paging/to-sort.js';
import { pageRequest, toPage } from '../../rules/paging/paginate.js';
import { loadCityViews, presentCityListItem } from './city-view.js';

const CITIES_PAGE_SIZE = 10;
export const CITY_DEFAULT_RADIUS_KM = 50;

/** Cities, searched by name and filtered by proximity, by name, 10 a page. */
export const listCities: UseCase<typeof contract.cities.list> = async ({ query }, context) => {
  const proximity = readProximity(query, CITY_DEFAULT_RADIUS_KM);
  if (!proximity.ok) return proximity.response;
  const filter: CityFilter = {};
  if (query.search) filter.search = query.search;
  if (proximity.area) filter.near = proximity.area;
  const sort = toSort(query.ordering, { name: 'name' }, { field: 'name', descending: false });
  const page = pageRequest(query, CITIES_PAGE_SIZE);
  const slice = await context.store.cities.list(filter, sort, page);
  const views = await loadCityViews(slice.rows, context.store);
  return toPage({ count: slice.count, rows: views }, page, {
    url: context.url,
    present: presentCityListItem,
  });
};
