import type { contract } from '@studymate/contract';
import { announceAccessEnded } from '../../rules/chat-rooms/end-access.js';
import type { UseCase } from '../../context.js';
import { badRequest } from '../../rules/errors.js';
import { endSession } from '../../rules/people/signed-out-sessions.js';

/**
 * Revokes the caller's refresh token, so neither refresh nor a second logout accepts it, and ends
 * its sign-in session: the chat sockets opened with the session's tokens close, and no new one
 * opens. Access tokens are stateless: over REST they live until they expire (5 min by default).
 */
export const logoutUser: UseCase<typeof contract.auth.logout> = async ({ body }, context) => {
  const claims = await context.tokens.verify(body.refresh, 'refresh');
  if (claims?.userId !== context.user.id) return badRequest('Token is invalid or expired');
  if (!(await context.store.revokedTokens.revoke(claims.jti, claims.expiresAt, context.clock.now()))) {
    return badRequest('Token is blacklisted');
  }
  await endSession(claims, context);
  announceAccessEnded(context, {
    reason: 'logged_out',
    userIds: [context.user.id],
    sessionId: claims.sessionId,
  });
  return { status: 200, body: { message: 'Logout successful' } };
};
