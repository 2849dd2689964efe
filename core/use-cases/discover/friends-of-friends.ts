import type { Store } from '../../ports/store/store.js';

/** Users within two accepted connections of `userId` (their friends and their friends' friends). */
export async function friendsOfFriends(store: Store, userId: number): Promise<number[]> {
  const friends = (await store.connectionRequests.acceptedPartnerIds([userId])).get(userId) ?? [];
  const second = await store.connectionRequests.acceptedPartnerIds(friends);
  const reachable = new Set([...friends, ...[...second.values()].flat()]);
  reachable.delete(userId);
  return [...reachable];
}
