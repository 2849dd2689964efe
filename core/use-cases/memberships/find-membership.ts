import type { MembershipRecord } from '../../ports/store/store.js';
import type { CoreContext } from '../../context.js';
import { forbidden, notFound } from '../../rules/errors.js';
import { findVisibleGroup, type FoundGroup } from '../../rules/groups/find-group.js';
import { isActiveAdmin, isActiveMember } from '../../rules/groups/group-rules.js';

type Found<Refusal> =
  | { ok: true; target: MembershipRecord; group: Extract<FoundGroup, { ok: true }> }
  | { ok: false; response: Refusal };

/**
 * A membership the caller may see: its group is visible to them and the membership is active,
 * their own, or they are an active member (who sees every status). Otherwise 404.
 */
export async function findVisibleMembership(
  id: number,
  context: CoreContext,
): Promise<Found<ReturnType<typeof notFound>>> {
  const target = await context.store.groups.findMembership(id);
  if (!target) return { ok: false, response: notFound() };
  const group = await findVisibleGroup(target.groupId, context);
  if (!group.ok) return group;
  const visible =
    target.status === 'active' || target.userId === context.user.id || isActiveMember(group.membership);
  return visible ? { ok: true, target, group } : { ok: false, response: notFound() };
}

/** As `findVisibleMembership`, then 403 unless the caller is an active admin of its group. */
export async function findAdministeredMembership(
  id: number,
  context: CoreContext,
): Promise<Found<ReturnType<typeof notFound> | ReturnType<typeof forbidden>>> {
  const found = await findVisibleMembership(id, context);
  if (found.ok && !isActiveAdmin(found.group.membership)) {
    return { ok: false, response: forbidden('Only an admin of this group can do this.') };
  }
  return found;
}
