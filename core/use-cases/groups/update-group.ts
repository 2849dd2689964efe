import type { GroupPatchRequest, contract } from '@studymate/contract';
import type { CoreContext, UseCase } from '../../context.js';
import { badRequest, fieldError, fieldErrors } from '../../rules/errors.js';
import { findAdministeredGroup } from '../../rules/groups/find-group.js';
import { applyGroupRequest, belowActiveMembers, checkGroupRules, pickGroupFields } from './group-fields.js';
import { ARCHIVED_REFUSAL, isArchived } from '../../rules/groups/group-rules.js';
import { presentGroup } from '../../rules/groups/group-view.js';

async function applyGroupUpdate(id: number, body: GroupPatchRequest, context: CoreContext) {
  const found = await findAdministeredGroup(id, context);
  if (!found.ok) return found.response;
  if (isArchived(found.group)) return badRequest(ARCHIVED_REFUSAL);
  const { fields, errors } = applyGroupRequest(pickGroupFields(found.group), body);
  const activeMembers = (await context.store.groups.memberCounts([id])).get(id)?.active ?? 0;
  const allErrors = await checkGroupRules(fields, { store: context.store, activeMembers }, errors);
  if (Object.keys(allErrors).length > 0) return fieldErrors(allErrors);
  // Checked again under the group's lock: a join may have taken a place since the count above.
  const updated = await context.store.groups.updateWithinCapacity(id, { ...fields, updatedAt: found.now });
  if (!updated) throw new Error(`Group ${id} vanished during an update`);
  if ('activeMembers' in updated) return fieldError('max_members', belowActiveMembers(updated.activeMembers));
  return {
    status: 200 as const,
    body: await presentGroup(updated, { store: context.store, callerId: context.user.id }),
  };
}

/** PATCH: admins only, not once archived; read-only fields are never written. */
export const updateGroup: UseCase<typeof contract.groups.update> = ({ params, body }, context) =>
  applyGroupUpdate(params.id, body, context);

/** PUT: the same, with `name` required. */
export const replaceGroup: UseCase<typeof contract.groups.replace> = ({ params, body }, context) =>
  applyGroupUpdate(params.id, body, context);
