import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { pageRequest, toPage } from '../../rules/paging/paginate.js';
import { presentConnections } from './present-connection.js';

const CONNECTIONS_PAGE_SIZE = 10;

/** The caller's accepted connections, newest first. */
export const listConnections: UseCase<typeof contract.connections.list> = async ({ query }, context) => {
  const page = pageRequest(query, CONNECTIONS_PAGE_SIZE);
  const slice = await context.store.connectionRequests.listAccepted(context.user.id, page);
  const items = await presentConnections(slice.rows, { store: context.store, callerId: context.user.id });
  return toPage({ count: slice.count, rows: items }, page, { url: context.url });
};
