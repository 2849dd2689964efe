import type { Membership } from '@studymate/contract';
import type { MembershipRecord, Store, UserRecord } from '../../ports/store/store.js';
import { presentUserSummary } from '../people/present-user.js';

/** Everyone a batch of memberships mentions (members, inviters, responders), in one read. */
export async function loadMembershipUsers(
  memberships: MembershipRecord[],
  store: Store,
): Promise<Map<number, UserRecord>> {
  const ids = memberships.flatMap((row) => [row.userId, row.invitedById, row.respondedById]);
  return store.users.findByIds([...new Set(ids.filter((id): id is number => id !== null))]);
}

export function presentMembership(membership: MembershipRecord, users: Map<number, UserRecord>): Membership {
  const summary = (id: number | null) => {
    const user = id === null ? undefined : users.get(id);
    return user ? presentUserSummary(user) : null;
  };
  const user = summary(membership.userId);
  if (!user) throw new Error(`Membership ${membership.id} has no user ${membership.userId}`);
  return {
    id: membership.id,
    user,
    role: membership.role,
    status: membership.status,
    message: membership.message,
    invited_by: summary(membership.invitedById),
    responded_at: membership.respondedAt?.toISOString() ?? null,
    responded_by: summary(membership.respondedById),
    joined_at: membership.joinedAt.toISOString(),
    updated_at: membership.updatedAt.toISOString(),
    left_at: membership.leftAt?.toISOString() ?? null,
  };
}

/** One membership, loading the users it mentions. */
export async function presentOneMembership(membership: MembershipRecord, store: Store): Promise<Membership> {
  return presentMembership(membership, await loadMembershipUsers([membership], store));
}
