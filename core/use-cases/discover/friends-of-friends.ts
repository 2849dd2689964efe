import type { Store } from '../../ports/store/store.js';

/** Users within two accepted connections of `userId` (their friends and their friends' friends). */
export function friendsOfFriends(store: Store, userId: number): Promise<number[]> {
  return store.connectionRequests.connectedWithin(userId, 2);
}
