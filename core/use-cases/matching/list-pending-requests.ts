import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { PLAIN_LIST_LIMIT } from '../../rules/paging/plain-list-limit.js';
import { loadRequestUsers, presentRequestListItem } from '../../rules/matching/present-request.js';

/** 001's `{sent, received}` of pending requests. */
export const listPendingRequests: UseCase<typeof contract.matching.pendingRequests> = async (
  _request,
  context,
) => {
  const slice = { offset: 0, limit: PLAIN_LIST_LIMIT };
  const [sent, received] = await Promise.all([
    context.store.connectionRequests.list(
      { userId: context.user.id, role: 'sent', states: ['pending'] },
      slice,
    ),
    context.store.connectionRequests.list(
      { userId: context.user.id, role: 'received', states: ['pending'] },
      slice,
    ),
  ]);
  const users = await loadRequestUsers([...sent.rows, ...received.rows], context.store);
  return {
    status: 200,
    body: {
      sent: sent.rows.map((row) => presentRequestListItem(row, users)),
      received: received.rows.map((row) => presentRequestListItem(row, users)),
    },
  };
};
