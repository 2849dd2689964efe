import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { presentUser } from '../../rules/people/present-user.js';

/** The caller's own profile. */
export const getProfile: UseCase<typeof contract.auth.getProfile> = async (_request, context) => ({
  status: 200,
  body: await presentUser(context.user, context.store),
});
