import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { withDistance } from '../../rules/geo/proximity.js';
import { PLAIN_LIST_LIMIT } from '../../rules/paging/plain-list-limit.js';
import { loadCityViews, presentCityDetail } from './city-view.js';
import { CITY_DEFAULT_RADIUS_KM } from './list-cities.js';

/** Cities with coordinates within the radius (50 km by default), nearest first, with their distance. */
export const searchCitiesByLocation: UseCase<typeof contract.cities.searchLocation> = async (
  { query },
  context,
) => {
  const found = await context.store.cities.nearby({
    center: { latitude: query.lat, longitude: query.lng },
    radiusKm: query.radius ?? CITY_DEFAULT_RADIUS_KM,
    limit: PLAIN_LIST_LIMIT,
  });
  const views = await loadCityViews(
    found.map(({ city }) => city),
    context.store,
  );
  return {
    status: 200,
    body: views.map((view, index) => withDistance(presentCityDetail(view), found[index]?.distanceKm ?? 0)),
  };
};
