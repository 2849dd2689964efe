import type { GroupRecord, MembershipRecord } from '../../ports/store/store.js';
import type { CoreContext } from '../../context.js';
import { forbidden, notFound } from '../errors.js';
import { isActiveAdmin, isGroupVisible } from './group-rules.js';

export type FoundGroup<Refusal = ReturnType<typeof notFound>> =
  | { ok: true; group: GroupRecord; membership: MembershipRecord | null; now: Date }
  | { ok: false; response: Refusal };

/** The group with the caller's membership, or 404 when it does not exist or is hidden from the caller. */
export async function findVisibleGroup(id: number, context: CoreContext): Promise<FoundGroup> {
  // Both at once: one statement where the store batches reads.
  const [group, memberships] = await Promise.all([
    context.store.groups.findById(id),
    context.store.groups.membershipsOf(context.user.id, [id]),
  ]);
  if (!group) return { ok: false, response: notFound() };
  const membership = memberships.get(id) ?? null;
  if (!isGroupVisible(group, membership)) return { ok: false, response: notFound() };
  return { ok: true, group, membership, now: context.clock.now() };
}

/** As `findVisibleGroup`, then 403 unless the caller is an active admin. */
export async function findAdministeredGroup(
  id: number,
  context: CoreContext,
): Promise<FoundGroup<ReturnType<typeof notFound> | ReturnType<typeof forbidden>>> {
  const found = await findVisibleGroup(id, context);
  if (found.ok && !isActiveAdmin(found.membership)) {
    return { ok: false, response: forbidden('Only an admin of this group can do this.') };
  }
  return found;
}
