import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { fieldErrors } from '../../rules/errors.js';
import { applyGroupRequest, checkGroupRules, DEFAULT_GROUP_FIELDS } from './group-fields.js';
import { presentGroup } from '../../rules/groups/group-view.js';

/** Creates a group with the caller as its admin; its conversation is created with it. */
export const createGroup: UseCase<typeof contract.groups.create> = async ({ body }, context) => {
  const { fields, errors } = applyGroupRequest({ ...DEFAULT_GROUP_FIELDS, name: body.name }, body);
  const allErrors = await checkGroupRules(fields, { store: context.store, activeMembers: 1 }, errors);
  if (Object.keys(allErrors).length > 0) return fieldErrors(allErrors);
  const now = context.clock.now();
  const group = await context.store.groups.create({
    ...fields,
    createdById: context.user.id,
    createdAt: now,
    updatedAt: now,
  });
  return {
    status: 201,
    body: await presentGroup(group, { store: context.store, callerId: context.user.id }),
  };
};
