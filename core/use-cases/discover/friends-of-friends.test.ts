import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../adapters/memory-store/create-memory-store.js';
import type { ConnectionState, Store } from '../../ports/store/store.js';
import { friendsOfFriends } from './friends-of-friends.js';

const AT = new Date('2026-01-01T00:00:00Z');

/** A memory store over a connection graph, given as pairs (accepted unless another state is named). */
async function storeOf(pairs: [number, number, ConnectionState?][]): Promise<Store> {
  const store = createMemoryStore();
  for (const [senderId, receiverId, state = 'accepted'] of pairs) {
    await store.connectionRequests.create({
      senderId,
      receiverId,
      state,
      message: '',
      createdAt: AT,
      updatedAt: AT,
      acceptedAt: state === 'accepted' ? AT : null,
      rejectedAt: null,
      blockedById: null,
    });
  }
  return store;
}

describe('friendsOfFriends', () => {
  it('reaches friends and their friends, not three steps away', async () => {
    const store = await storeOf([
      [1, 2],
      [2, 3],
      [3, 4],
    ]);
    expect(await friendsOfFriends(store, 1)).toEqual([2, 3]);
  });

  it('names each user once and never the user', async () => {
    const store = await storeOf([
      [1, 2],
      [3, 1],
      [2, 3],
      [2, 4],
      [4, 3],
    ]);
    expect(await friendsOfFriends(store, 1)).toEqual([2, 3, 4]);
  });

  it('follows accepted connections only', async () => {
    const store = await storeOf([
      [1, 2],
      [2, 3, 'pending'],
      [1, 4, 'blocked'],
      [5, 1, 'rejected'],
    ]);
    expect(await friendsOfFriends(store, 1)).toEqual([2]);
  });

  it('reaches no one from a user without connections', async () => {
    expect(await friendsOfFriends(await storeOf([[2, 3]]), 1)).toEqual([]);
  });
});
