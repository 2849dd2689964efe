import { createSigner, createVerifier } from 'fast-jwt';
import {
  defaultCoreConfig,
  randomIds,
  systemClock,
  type Clock,
  type CoreConfig,
  type CoreServicesOptions,
  type Ids,
  type TokenClaims,
  type TokenService,
} from '@studymate/core';

/** The one algorithm tokens are signed and accepted with: no `none`, no switching. */
const ALGORITHM = 'HS256';

type TokenType = TokenClaims['tokenType'];

/**
 * The core's JWT token service on Node's own HMAC (fast-jwt, the key prepared once) instead of
 * WebCrypto: the same tokens (HS256, `token_type`, `jti`, `sub`, `iat`, `exp`, `sid`, `pwv`) and
 * the same checks (signature, algorithm, expiry by the core's clock, type), so a token either
 * service signs verifies with the other. The server's default; the mocks keep the browser-safe one.
 */
export function createFastJwtTokenService(options: {
  config: CoreConfig;
  clock: Clock;
  ids: Ids;
}): TokenService {
  const lifetimes: Record<TokenType, number> = {
    access: options.config.accessTokenLifetimeSeconds,
    refresh: options.config.refreshTokenLifetimeSeconds,
  };
  // The claims are all written here (`iat` and `exp` from the core's clock, which tests move, not
  // fast-jwt's); time is checked below against that clock too.
  const signPayload = createSigner({ key: options.config.jwtSecret, algorithm: ALGORITHM });
  const decodeVerified = createVerifier({
    key: options.config.jwtSecret,
    algorithms: [ALGORITHM],
    requiredClaims: ['exp', 'jti', 'sub'],
    ignoreExpiration: true,
    ignoreNotBefore: true,
  });

  function sign(
    { userId, passwordVersion }: { userId: number; passwordVersion: number },
    tokenType: TokenType,
    sessionId: string,
  ): { token: string; claims: TokenClaims } {
    const issuedAt = Math.floor(options.clock.now().getTime() / 1000);
    const expiresAt = issuedAt + lifetimes[tokenType];
    const jti = options.ids.random();
    const token = signPayload({
      token_type: tokenType,
      user_id: userId,
      sid: sessionId,
      pwv: passwordVersion,
      sub: String(userId),
      jti,
      iat: issuedAt,
      exp: expiresAt,
    });
    return {
      token,
      claims: { userId, tokenType, jti, sessionId, passwordVersion, expiresAt: new Date(expiresAt * 1000) },
    };
  }

  /** The payload of a token whose signature and algorithm hold, if its times hold too (as jose checks them). */
  function readPayload(token: string): Record<string, unknown> | null {
    let payload: unknown;
    try {
      payload = decodeVerified(token);
    } catch {
      return null;
    }
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return null;
    const claims = payload as Record<string, unknown>;
    const now = Math.floor(options.clock.now().getTime() / 1000);
    const { exp, nbf, iat } = claims;
    if (typeof exp !== 'number' || exp <= now) return null;
    if (nbf !== undefined && (typeof nbf !== 'number' || nbf > now)) return null;
    if (iat !== undefined && typeof iat !== 'number') return null;
    return claims;
  }

  return {
    issuePair(subject, sessionId = options.ids.random()) {
      const access = sign(subject, 'access', sessionId);
      const refresh = sign(subject, 'refresh', sessionId);
      return Promise.resolve({ access: access.token, refresh: refresh.token, refreshClaims: refresh.claims });
    },
    verify(token, expectedType) {
      const payload = readPayload(token);
      if (!payload) return Promise.resolve(null);
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
        return Promise.resolve(null);
      }
      const passwordVersion = payload['pwv'] ?? 0;
      if (typeof passwordVersion !== 'number' || !Number.isSafeInteger(passwordVersion))
        return Promise.resolve(null);
      return Promise.resolve({
        userId,
        tokenType: expectedType,
        jti,
        sessionId: typeof sid === 'string' && sid ? sid : jti,
        passwordVersion,
        expiresAt: new Date(exp * 1000),
      });
    },
  };
}

/**
 * The server's defaults over the core's: the config resolved once (so a generated secret is the one
 * both signing and verifying use) and, unless `tokens` is given, the fast-jwt service on it.
 */
export function withServerTokens<Options extends CoreServicesOptions>(options: Options): Options {
  if (options.tokens) return options;
  const config = defaultCoreConfig(options.config);
  const tokens = createFastJwtTokenService({
    config,
    clock: options.clock ?? systemClock,
    ids: options.ids ?? randomIds,
  });
  return { ...options, config, tokens };
}
