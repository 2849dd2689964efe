import type { ProfilePatch, contract } from '@studymate/contract';
import type { CoreContext, UseCase } from '../../context.js';
import { unauthorized } from '../../rules/errors.js';
import { checkSchoolExists, toProfileChanges } from '../../rules/people/profile-changes.js';
import { presentUser } from '../../rules/people/present-user.js';

async function applyProfileChanges(body: ProfilePatch, context: CoreContext) {
  const schoolError = await checkSchoolExists(body.school, context.store);
  if (schoolError) return schoolError;
  const updated = await context.store.users.update(context.user.id, toProfileChanges(body));
  if (!updated) return unauthorized('User not found');
  return { status: 200 as const, body: await presentUser(updated, context.store) };
}

/** PATCH: changes the editable fields that were sent; read-only fields never reach the store. */
export const updateProfile: UseCase<typeof contract.auth.updateProfile> = ({ body }, context) =>
  applyProfileChanges(body, context);

/** PUT: the same, with `full_name` required by the contract. */
export const replaceProfile: UseCase<typeof contract.auth.replaceProfile> = ({ body }, context) =>
  applyProfileChanges(body, context);
