import type { contract } from '@studymate/contract';
import { announceAccessEnded } from '../../rules/chat-rooms/end-access.js';
import type { UseCase } from '../../context.js';
import { fieldError } from '../../rules/errors.js';

/**
 * Replaces the caller's password after checking the old one, and ends the user's other sign-in
 * sessions (DESIGN §3): the password version goes up, so their tokens are refused (REST, new
 * sockets, refresh) and their open chat sockets close with 4003. The caller's session keeps working.
 */
export const changePassword: UseCase<typeof contract.auth.changePassword> = async ({ body }, context) => {
  if (!(await context.hasher.verify(body.old_password, context.user.passwordHash))) {
    return fieldError('old_password', 'Old password is incorrect.');
  }
  await context.store.users.update(context.user.id, {
    passwordHash: await context.hasher.hash(body.new_password),
    passwordVersion: context.user.passwordVersion + 1,
    passwordChangeSessionId: context.sessionId ?? null,
  });
  announceAccessEnded(context, {
    reason: 'password_changed',
    userIds: [context.user.id],
    ...(context.sessionId && { exceptSessionId: context.sessionId }),
  });
  return { status: 200, body: { message: 'Password changed successfully' } };
};
