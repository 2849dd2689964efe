import type { contract } from '@studymate/contract';
import type { ConnectionRequestFilter, ConnectionState } from '../../ports/store/store.js';
import type { CoreContext, UseCase } from '../../context.js';
import { pageRequest, toPage } from '../../rules/paging/paginate.js';
import { loadRequestUsers, presentRequestListItem } from '../../rules/matching/present-request.js';

const REQUESTS_PAGE_SIZE = 10;

async function requestPage(
  role: ConnectionRequestFilter['role'],
  query: {
    state?: ConnectionState | undefined;
    page?: number;
    page_size?: number;
  },
  context: CoreContext,
) {
  const page = pageRequest(query, REQUESTS_PAGE_SIZE);
  const slice = await context.store.connectionRequests.list(
    { userId: context.user.id, role, ...(query.state && { states: [query.state] }) },
    page,
  );
  const users = await loadRequestUsers(slice.rows, context.store);
  return toPage(slice, page, { url: context.url, present: (row) => presentRequestListItem(row, users) });
}

/** Sent and received, newest first, with an optional `state`. */
export const listConnectionRequests: UseCase<typeof contract.matching.listRequests> = ({ query }, context) =>
  requestPage('any', query, context);

export const listSentRequests: UseCase<typeof contract.matching.sentRequests> = ({ query }, context) =>
  requestPage('sent', query, context);

export const listReceivedRequests: UseCase<typeof contract.matching.receivedRequests> = (
  { query },
  context,
) => requestPage('received', query, context);
