import { SignJWT, jwtVerify } from 'jose';
import type { CoreConfig } from '../../config.js';
import type { Clock } from '../../ports/clock.js';
import type { Ids } from '../../ports/ids.js';
import type { TokenClaims, TokenService, TokenSubject } from '../../ports/token-service.js';

/** The one algorithm tokens are signed and accepted with: no `none`, no switching. */
const ALGORITHM = 'HS256';

type TokenType = TokenClaims['tokenType'];

/**
 * JWTs as simplejwt makes them: HS256, `token_type` and `jti` claims, lifetimes from config; plus
 * `sid`, the sign-in session a logout ends, and `pwv`, the password version a password change
 * outdates. Browser-safe.
 */
export function createJwtTokenService(options: { config: CoreConfig; clock: Clock; ids: Ids }): TokenService {
  const key = new TextEncoder().encode(options.config.jwtSecret);
  const lifetimes: Record<TokenType, number> = {
    access: options.config.accessTokenLifetimeSeconds,
    refresh: options.config.refreshTokenLifetimeSeconds,
  };

  async function sign(
    { userId, passwordVersion }: TokenSubject,
    tokenType: TokenType,
    sessionId: string,
  ): Promise<{ token: string; claims: TokenClaims }> {
    const issuedAt = Math.floor(options.clock.now().getTime() / 1000);
    const expiresAt = issuedAt + lifetimes[tokenType];
    const jti = options.ids.random();
    const claims = { token_type: tokenType, user_id: userId, sid: sessionId, pwv: passwordVersion };
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
      .setSubject(String(userId))
      .setJti(jti)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .sign(key);
    return {
      token,
      claims: { userId, tokenType, jti, sessionId, passwordVersion, expiresAt: new Date(expiresAt * 1000) },
    };
  }

  return {
    async issuePair(subject, sessionId = options.ids.random()) {
      const [access, refresh] = await Promise.all([
        sign(subject, 'access', sessionId),
        sign(subject, 'refresh', sessionId),
      ]);
      return { access: access.token, refresh: refresh.token, refreshClaims: refresh.claims };
    },
    async verify(token, expectedType) {
      try {
        const { payload } = await jwtVerify(token, key, {
          algorithms: [ALGORITHM],
          currentDate: options.clock.now(),
          requiredClaims: ['exp', 'jti', 'sub'],
        });
        const userId = Number(payload.sub);
        if (
          payload['token_type'] !== expectedType ||
          !Number.isInteger(userId) ||
          !payload.jti ||
          !payload.exp
        ) {
          return null;
        }
        const sessionId = typeof payload['sid'] === 'string' && payload['sid'] ? payload['sid'] : payload.jti;
        const passwordVersion = payload['pwv'] ?? 0;
        if (!Number.isSafeInteger(passwordVersion)) return null;
        return {
          userId,
          tokenType: expectedType,
          jti: payload.jti,
          sessionId,
          passwordVersion: passwordVersion as number,
          expiresAt: new Date(payload.exp * 1000),
        };
      } catch {
        return null;
      }
    },
  };
}
