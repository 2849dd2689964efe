import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { unauthorized } from '../../rules/errors.js';
import { isEndedByPasswordChange } from '../../rules/people/password-sessions.js';

/** Rotates a refresh token within its session: the old one dies (atomically, so two refreshes cannot both win). */
export const refreshToken: UseCase<typeof contract.auth.refreshToken> = async ({ body }, context) => {
  const claims = await context.tokens.verify(body.refresh, 'refresh');
  if (!claims) return unauthorized('Token is invalid or expired');
  const user = await context.store.users.findById(claims.userId);
  if (user?.status !== 'active' || isEndedByPasswordChange(claims, user)) {
    return unauthorized('Token is invalid or expired');
  }
  if (!(await context.store.revokedTokens.revoke(claims.jti, claims.expiresAt, context.clock.now()))) {
    return unauthorized('Token is blacklisted');
  }
  const { access, refresh } = await context.tokens.issuePair(
    { userId: user.id, passwordVersion: user.passwordVersion },
    claims.sessionId,
  );
  return { status: 200, body: { access, refresh } };
};
