import { SignJWT, jwtVerify } from 'jose';
import type { CoreConfig } from '../../config.js';
import type { Clock } from '../../ports/clock.js';
import type { Ids } from '../../ports/ids.js';
import type { TokenClaims, TokenService, TokenSubject } from '../../ports/token-service.js';
import { claimsFromJwtPayload, JWT_ALGORITHM, jwtPayloadFor } from './jwt-claims.js';

/** JWTs as simplejwt makes them (see jwt-claims.ts), on jose over WebCrypto. Browser-safe. */
export function createJwtTokenService(services: {
  config: CoreConfig;
  clock: Clock;
  ids: Ids;
}): TokenService {
  const key = new TextEncoder().encode(services.config.jwtSecret);

  async function sign(subject: TokenSubject, tokenType: TokenClaims['tokenType'], sessionId: string) {
    const { payload, claims } = jwtPayloadFor(subject, { tokenType, sessionId }, services);
    const signed = await new SignJWT(payload)
      .setProtectedHeader({ alg: JWT_ALGORITHM, typ: 'JWT' })
      .sign(key);
    return { token: signed, claims };
  }

  return {
    async issuePair(subject, sessionId = services.ids.random()) {
      const [access, refresh] = await Promise.all([
        sign(subject, 'access', sessionId),
        sign(subject, 'refresh', sessionId),
      ]);
      return { access: access.token, refresh: refresh.token, refreshClaims: refresh.claims };
    },
    async verify(token, expectedType) {
      try {
        const { payload } = await jwtVerify(token, key, {
          algorithms: [JWT_ALGORITHM],
          currentDate: services.clock.now(),
          requiredClaims: ['exp', 'jti', 'sub'],
        });
        return claimsFromJwtPayload(payload, expectedType);
      } catch {
        return null;
      }
    },
  };
}
