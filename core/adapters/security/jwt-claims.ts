import type { CoreConfig } from '../../config.js';
import type { Clock } from '../../ports/clock.js';
import type { Ids } from '../../ports/ids.js';
import type { TokenClaims, TokenSubject } from '../../ports/token-service.js';

type TokenType = TokenClaims['tokenType'];

/** The one algorithm tokens are signed and accepted with: no `none`, no switching. */
export const JWT_ALGORITHM = 'HS256';

/**
 * A token's payload as simplejwt writes it (`token_type`, `user_id`, `sub`, `jti`, `iat`, `exp`),
 * plus `sid` (the sign-in session a logout ends) and `pwv` (the password version a password change
 * outdates), with the claims the core reads back. Every JWT service signs exactly this.
 */
export function jwtPayloadFor(
  { userId, passwordVersion }: TokenSubject,
  token: { tokenType: TokenType; sessionId: string },
  services: { config: CoreConfig; clock: Clock; ids: Ids },
): { payload: Record<string, string | number>; claims: TokenClaims } {
  const { tokenType, sessionId } = token;
  const lifetime =
    tokenType === 'access'
      ? services.config.accessTokenLifetimeSeconds
      : services.config.refreshTokenLifetimeSeconds;
  const issuedAt = Math.floor(services.clock.now().getTime() / 1000);
  const expiresAt = issuedAt + lifetime;
  const jti = services.ids.random();
  return {
    payload: {
      token_type: tokenType,
      user_id: userId,
      sid: sessionId,
      pwv: passwordVersion,
      sub: String(userId),
      jti,
      iat: issuedAt,
      exp: expiresAt,
    },
    claims: { userId, tokenType, jti, sessionId, passwordVersion, expiresAt: new Date(expiresAt * 1000) },
  };
}

/**
 * The claims of a payload whose signature, algorithm and times already hold, or null when it is not
 * a token of the expected type (a refresh token where an access token is due, a missing `jti`, …).
 */
export function claimsFromJwtPayload(
  payload: Record<string, unknown>,
  expectedType: TokenType,
): TokenClaims | null {
  const { jti, exp, sid } = payload;
  const userId = Number(payload['sub']);
  if (
    payload['token_type'] !== expectedType ||
    !Number.isInteger(userId) ||
    typeof jti !== 'string' ||
    !jti ||
    typeof exp !== 'number' ||
    !exp
  ) {
    return null;
  }
  const passwordVersion = payload['pwv'] ?? 0;
  if (typeof passwordVersion !== 'number' || !Number.isSafeInteger(passwordVersion)) return null;
  return {
    userId,
    tokenType: expectedType,
    jti,
    sessionId: typeof sid === 'string' && sid ? sid : jti,
    passwordVersion,
    expiresAt: new Date(exp * 1000),
  };
}
