import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { pageRequest, toPage } from '../../rules/paging/paginate.js';
import { findAdministeredGroup } from '../../rules/groups/find-group.js';
import { presentJoinRequests } from './present-join-request.js';

const JOIN_REQUESTS_PAGE_SIZE = 10;

/** Seed 004: a group's join requests for its admins, `pending` unless another status (or `all`) is asked. */
export const listJoinRequests: UseCase<typeof contract.groups.joinRequests> = async (
  { params, query },
  context,
) => {
  const found = await findAdministeredGroup(params.id, context);
  if (!found.ok) return found.response;
  const status = query.status ?? 'pending';
  const page = pageRequest(query, JOIN_REQUESTS_PAGE_SIZE);
  const slice = await context.store.groups.listJoinRequests(
    { groupId: params.id, ...(status !== 'all' && { statuses: [status] }) },
    page,
  );
  const items = await presentJoinRequests(slice.rows, context.store);
  return toPage({ count: slice.count, rows: items }, page, { url: context.url });
};
