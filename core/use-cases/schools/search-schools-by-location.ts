import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { withDistance } from '../../rules/geo/proximity.js';
import { PLAIN_LIST_LIMIT } from '../../rules/paging/plain-list-limit.js';
import { SCHOOL_DEFAULT_RADIUS_KM } from './list-schools.js';
import { loadSchoolViews, presentSchoolDetail } from './school-view.js';

/** Schools with coordinates within the radius (10 km by default), nearest first, with their distance. */
export const searchSchoolsByLocation: UseCase<typeof contract.schools.searchLocation> = async (
  { query },
  context,
) => {
  const found = await context.store.schools.nearby({
    center: { latitude: query.lat, longitude: query.lng },
    radiusKm: query.radius ?? SCHOOL_DEFAULT_RADIUS_KM,
    limit: PLAIN_LIST_LIMIT,
  });
  const views = await loadSchoolViews(
    found.map(({ school }) => school),
    context.store,
  );
  return {
    status: 200,
    body: views.map((view, index) => withDistance(presentSchoolDetail(view), found[index]?.distanceKm ?? 0)),
  };
};
