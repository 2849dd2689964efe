import type { contract } from '../../../contract/index.js';
import type { UseCase } from '../context.js';
import { badRequest } from '../errors.js';

/** Revokes the caller's refresh token, so neither refresh nor a second logout accepts it. */
export const logoutUser: UseCase<typeof contract.auth.logout> = async ({ body }, context) => {
  const claims = await context.tokens.verify(body.refresh, 'refresh');
  if (claims?.userId !== context.user.id) return badRequest('Token is invalid or expired');
  if (!(await context.store.revokedTokens.revoke(claims.jti, claims.expiresAt, context.clock.now()))) {
    return badRequest('Token is blacklisted');
  }
  return { status: 200, body: { message: 'Logout successful' } };
};
