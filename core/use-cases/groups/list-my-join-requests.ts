import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { pageRequest, toPage } from '../../rules/paging/paginate.js';
import { presentJoinRequests } from './present-join-request.js';

const JOIN_REQUESTS_PAGE_SIZE = 10;

/** Seed 004: the caller's own join requests, every status unless one is asked. */
export const listMyJoinRequests: UseCase<typeof contract.groups.myJoinRequests> = async (
  { query },
  context,
) => {
  const status = query.status ?? 'all';
  const page = pageRequest(query, JOIN_REQUESTS_PAGE_SIZE);
  const slice = await context.store.groups.listJoinRequests(
    { userId: context.user.id, ...(status !== 'all' && { statuses: [status] }) },
    page,
  );
  const items = await presentJoinRequests(slice.rows, context.store);
  return toPage({ count: slice.count, rows: items }, page, { url: context.url });
};
