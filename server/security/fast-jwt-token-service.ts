import { createSigner, createVerifier } from 'fast-jwt';
import {
  claimsFromJwtPayload,
  defaultCoreConfig,
  JWT_ALGORITHM,
  jwtPayloadFor,
  randomIds,
  systemClock,
  type Clock,
  type CoreConfig,
  type CoreServicesOptions,
  type Ids,
  type TokenClaims,
  type TokenService,
  type TokenSubject,
} from '@studymate/core';

/** How many verified tokens are remembered: about one per client active within a token's lifetime. */
const VERIFIED_TOKENS_KEPT = 10_000;

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
  // The claims are all written here (`iat` and `exp` from the core's clock, which tests move, not
  // fast-jwt's); time is checked below against that clock too.
  const signPayload = createSigner({ key: options.config.jwtSecret, algorithm: JWT_ALGORITHM });
  const decodeVerified = createVerifier({
    key: options.config.jwtSecret,
    algorithms: [JWT_ALGORITHM],
    requiredClaims: ['exp', 'jti', 'sub'],
    ignoreExpiration: true,
    ignoreNotBefore: true,
  });

  function sign(subject: TokenSubject, tokenType: TokenClaims['tokenType'], sessionId: string) {
    const { payload, claims } = jwtPayloadFor(subject, { tokenType, sessionId }, options);
    return { token: signPayload(payload), claims };
  }

  /**
   * Tokens whose signature held, with their payload: a client sends the same access token with every
   * request, and its signature need not be checked each time. Only that verdict is kept (the times
   * are checked on every call), keyed by the whole token, the oldest forgotten first. fast-jwt's own
   * cache hashes each token for its key, which costs about what it saves, and it warns at startup
   * when given the token itself as the key.
   */
  const verified = new Map<string, unknown>();
  function verifiedPayload(token: string): unknown {
    if (verified.has(token)) return verified.get(token);
    const payload: unknown = decodeVerified(token);
    if (verified.size >= VERIFIED_TOKENS_KEPT) {
      const [oldest] = verified.keys();
      if (oldest !== undefined) verified.delete(oldest);
    }
    verified.set(token, payload);
    return payload;
  }

  /** The payload of a token whose signature and algorithm hold, if its times hold too (as jose checks them). */
  function readPayload(token: string): Record<string, unknown> | null {
    let payload: unknown;
    try {
      payload = verifiedPayload(token);
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
      return Promise.resolve(claimsFromJwtPayload(payload, expectedType));
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
