import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { badRequest } from '../../rules/errors.js';
import { PLAIN_LIST_LIMIT } from '../../rules/paging/plain-list-limit.js';
import { presentSessionList } from './present-session-list.js';
import { withDistance } from '../../rules/geo/proximity.js';

const DEFAULT_RADIUS_KM = 5;

/** Open sessions with a location within the radius of the caller, nearest first, with their distance. */
export const listNearbySessions: UseCase<typeof contract.sessions.nearby> = async ({ query }, context) => {
  const center = context.user.location;
  if (!center) return badRequest('Set your location first (POST /api/users/location/).');
  const now = context.clock.now();
  const found = await context.store.sessions.nearby(
    {
      now,
      statuses: ['upcoming', 'in_progress'],
      ...(query.session_type && { sessionType: query.session_type }),
    },
    { center, radiusKm: query.radius_km ?? DEFAULT_RADIUS_KM, limit: PLAIN_LIST_LIMIT },
    context.user.id,
  );
  const items = presentSessionList(found, context, now);
  return {
    status: 200,
    body: items.map((item, index) => withDistance(item, found[index]?.distanceKm ?? 0)),
  };
};
