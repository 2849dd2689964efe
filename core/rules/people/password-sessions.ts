import type { UserRecord } from '../../ports/store/store.js';
import type { TokenClaims } from '../../ports/token-service.js';

/**
 * Whether a token outlived a password change (DESIGN §3): it was issued under an older password
 * version, in a sign-in session other than the one that made the latest change. Such a token is
 * refused everywhere: REST (401), a new chat socket (4001) and refresh.
 */
export function isEndedByPasswordChange(
  claims: Pick<TokenClaims, 'sessionId' | 'passwordVersion'>,
  user: UserRecord,
): boolean {
  return claims.passwordVersion < user.passwordVersion && claims.sessionId !== user.passwordChangeSessionId;
}
