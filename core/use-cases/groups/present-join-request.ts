import type { JoinRequest } from '@studymate/contract';
import type { MembershipRecord, Store } from '../../ports/store/store.js';
import { presentMembership, loadMembershipUsers } from '../../rules/groups/present-membership.js';

/** Join requests with their groups and people, loaded in two reads for the whole page. */
export async function presentJoinRequests(rows: MembershipRecord[], store: Store): Promise<JoinRequest[]> {
  const users = await loadMembershipUsers(rows, store);
  const groups = new Map(
    await Promise.all(
      [...new Set(rows.map((row) => row.groupId))].map(
        async (id) => [id, await store.groups.findById(id)] as const,
      ),
    ),
  );
  return rows.map((row) => {
    const group = groups.get(row.groupId);
    if (!group || !row.requestStatus || !row.requestedAt)
      throw new Error(`Membership ${row.id} is not a join request`);
    const membership = presentMembership(row, users);
    return {
      id: row.id,
      group: { id: group.id, name: group.name, privacy: group.privacy },
      user: membership.user,
      message: row.message,
      status: row.requestStatus,
      requested_at: row.requestedAt.toISOString(),
      responded_at: membership.responded_at,
      responded_by: membership.responded_by,
    };
  });
}
