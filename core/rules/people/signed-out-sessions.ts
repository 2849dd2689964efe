import type { CoreServices } from '../../context.js';
import type { TokenClaims } from '../../ports/token-service.js';

/** Session ids share the revocation list with token ids, under their own prefix. */
const revocationId = (sessionId: string) => `session:${sessionId}`;

/**
 * Records that a sign-in session ended (logout). Kept until the logged-out refresh token expires:
 * every access token of the session was issued with or before it, so expires earlier.
 */
export async function endSession(
  refresh: TokenClaims,
  services: Pick<CoreServices, 'store' | 'clock'>,
): Promise<void> {
  await services.store.revokedTokens.revoke(
    revocationId(refresh.sessionId),
    refresh.expiresAt,
    services.clock.now(),
  );
}

/**
 * Whether a session was logged out. Chat sockets check it when they open: a socket outlives its
 * token, so one opened with a logged-out session's still unexpired access token is refused.
 */
export function isSessionEnded(sessionId: string, services: Pick<CoreServices, 'store'>): Promise<boolean> {
  return services.store.revokedTokens.isRevoked(revocationId(sessionId));
}
