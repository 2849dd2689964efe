import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { pageRequest, toPage } from '../../rules/paging/paginate.js';
import { findVisibleGroup } from '../../rules/groups/find-group.js';
import { isActiveMember } from '../../rules/groups/group-rules.js';
import { presentMembership } from '../../rules/groups/present-membership.js';

const MEMBERS_PAGE_SIZE = 12;

/** Memberships in joining order, 12 a page: every status for active members, active ones for others. */
export const listGroupMembers: UseCase<typeof contract.groups.members> = async (
  { params, query },
  context,
) => {
  const found = await findVisibleGroup(params.id, context);
  if (!found.ok) return found.response;
  const page = pageRequest(query, MEMBERS_PAGE_SIZE);
  const filter = isActiveMember(found.membership) ? {} : { statuses: ['active' as const] };
  const slice = await context.store.groups.listMemberships(params.id, filter, page);
  return toPage(slice, page, { url: context.url, present: (row) => presentMembership(row, slice.users) });
};
