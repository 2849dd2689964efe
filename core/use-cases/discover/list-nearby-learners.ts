import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { badRequest } from '../../rules/errors.js';
import { pageRequest, toPage } from '../../rules/paging/paginate.js';
import { friendsOfFriends } from './friends-of-friends.js';

const LEARNERS_PAGE_SIZE = 10;

/**
 * 001 "Discover Nearby Learners": nearest first within the radius (default: the caller's
 * learning radius), without the caller, anyone they have a request with in any state,
 * private users, and friends_of_friends users beyond two accepted connections.
 */
export const listNearbyLearners: UseCase<typeof contract.discover.nearbyLearners> = async (
  { query },
  context,
) => {
  const center = context.user.location;
  if (!center) return badRequest('Set your location first (POST /api/users/location/).');
  const radiusKm = query.radius ?? context.user.learningRadiusKm;
  const { store } = context;
  const [partners, reachable] = await Promise.all([
    store.connectionRequests.partnerIds(context.user.id),
    friendsOfFriends(store, context.user.id),
  ]);
  const page = pageRequest(query, LEARNERS_PAGE_SIZE);
  const slice = await store.users.nearby(
    { center, radiusKm, excludeIds: [context.user.id, ...partners], friendsOfFriendsIds: reachable },
    page,
  );
  const result = toPage(slice, page, {
    url: context.url,
    present: ({ user, distanceKm, school }) => ({
      id: user.id,
      email: user.email,
      full_name: user.fullName,
      avatar_url: user.avatarUrl,
      bio: user.bio,
      school_name: school?.name ?? null,
      major: user.major,
      year: user.year,
      distance_km: Math.round(distanceKm * 100) / 100,
      latitude: user.location?.latitude ?? 0,
      longitude: user.location?.longitude ?? 0,
    }),
  });
  return result.status === 200 ? { status: 200, body: { ...result.body, radius_km: radiusKm } } : result;
};
