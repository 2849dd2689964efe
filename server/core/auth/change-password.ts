import type { contract } from '../../../contract/index.js';
import type { UseCase } from '../context.js';
import { fieldError } from '../errors.js';

/** Replaces the caller's password after checking the old one. */
export const changePassword: UseCase<typeof contract.auth.changePassword> = async ({ body }, context) => {
  if (!(await context.hasher.verify(body.old_password, context.user.passwordHash))) {
    return fieldError('old_password', 'Old password is incorrect.');
  }
  await context.store.users.update(context.user.id, {
    passwordHash: await context.hasher.hash(body.new_password),
  });
  return { status: 200, body: { message: 'Password changed successfully' } };
};
