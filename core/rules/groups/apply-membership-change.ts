import type {
  MembershipDecision,
  MembershipRecord,
  MembershipState,
  MembershipTarget,
} from '../../ports/store/store.js';
import type { CoreContext } from '../../context.js';
import { badRequest, notFound } from '../errors.js';

export type AppliedChange =
  | { ok: true; membership: MembershipRecord }
  | { ok: false; response: ReturnType<typeof badRequest> | ReturnType<typeof notFound> };

/** Runs a membership decision under the store's group lock; a refusal becomes its 400. */
export async function applyMembershipChange(
  context: CoreContext,
  target: MembershipTarget,
  decide: (state: MembershipState) => MembershipDecision<string>,
): Promise<AppliedChange> {
  const change = await context.store.groups.changeMembership(target, decide);
  if (change.ok) return change;
  return { ok: false, response: change.refusal === 'not_found' ? notFound() : badRequest(change.refusal) };
}
