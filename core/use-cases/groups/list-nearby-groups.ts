import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { badRequest } from '../../rules/errors.js';
import { PLAIN_LIST_LIMIT } from '../../rules/paging/plain-list-limit.js';
import { loadGroupViews, presentGroupListItem } from '../../rules/groups/group-view.js';
import { withDistance } from '../../rules/geo/proximity.js';

const DEFAULT_RADIUS_KM = 10;

/** Active groups the caller may see with a location in the radius, nearest first, with their distance. */
export const listNearbyGroups: UseCase<typeof contract.groups.nearby> = async ({ query }, context) => {
  const center = context.user.location;
  if (!center) return badRequest('Set your location first (POST /api/users/location/).');
  const found = await context.store.groups.nearby(
    {
      visibleTo: context.user.id,
      statuses: ['active'],
      ...(query.subject !== undefined && { subjectId: query.subject }),
    },
    { center, radiusKm: query.radius_km ?? DEFAULT_RADIUS_KM, limit: PLAIN_LIST_LIMIT },
  );
  const views = await loadGroupViews(
    found.map(({ group }) => group),
    { store: context.store, callerId: context.user.id },
  );
  return {
    status: 200,
    body: views.map((view, index) => withDistance(presentGroupListItem(view), found[index]?.distanceKm ?? 0)),
  };
};
