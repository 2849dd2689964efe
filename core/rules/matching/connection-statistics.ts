import type { Store } from '../../ports/store/store.js';

/** 001's connection counts, shared by `connections/statistics/` and the dashboard. */
export async function connectionStatistics(store: Store, userId: number) {
  const counts = await store.connectionRequests.countsFor(userId);
  return {
    sent_pending: counts.sentPending,
    received_pending: counts.receivedPending,
    accepted_connections: counts.accepted,
    total_requests: counts.sentPending + counts.receivedPending,
  };
}
