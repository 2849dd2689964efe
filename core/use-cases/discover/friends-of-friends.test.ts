import { describe, expect, it } from 'vitest';
import type { Store } from '../../ports/store/store.js';
import { friendsOfFriends } from './friends-of-friends.js';

/** A store over an accepted-connection graph, given as pairs. */
function storeOf(pairs: [number, number][]): Store {
  const partners = (userId: number) =>
    pairs.flatMap(([a, b]) => (a === userId ? [b] : b === userId ? [a] : []));
  return {
    connectionRequests: {
      acceptedPartnerIds: (userIds: number[]) =>
        Promise.resolve(new Map(userIds.map((userId) => [userId, partners(userId)]))),
    },
  } as unknown as Store;
}

describe('friendsOfFriends', () => {
  it('reaches friends and their friends, not three steps away', async () => {
    const store = storeOf([
      [1, 2],
      [2, 3],
      [3, 4],
    ]);
    expect((await friendsOfFriends(store, 1)).sort()).toEqual([2, 3]);
  });

  it('names each user once and never the user', async () => {
    const store = storeOf([
      [1, 2],
      [1, 3],
      [2, 3],
      [2, 4],
      [3, 4],
    ]);
    expect((await friendsOfFriends(store, 1)).sort()).toEqual([2, 3, 4]);
  });

  it('reaches no one from a user without connections', async () => {
    expect(await friendsOfFriends(storeOf([[2, 3]]), 1)).toEqual([]);
  });

  it('reaches no one when the store leaves out a user without connections', async () => {
    const store = {
      connectionRequests: { acceptedPartnerIds: () => Promise.resolve(new Map<number, number[]>()) },
    } as unknown as Store;
    expect(await friendsOfFriends(store, 1)).toEqual([]);
  });
});
