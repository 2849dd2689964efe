/** Tunables of the core. Every field has a default; see `defaultCoreConfig`. */
export interface CoreConfig {
  /** HMAC secret for JWTs. A random one is generated when none is given. */
  jwtSecret: string;
  accessTokenLifetimeSeconds: number;
  refreshTokenLifetimeSeconds: number;
  /** Largest JSON body accepted, in bytes. */
  maxBodyBytes: number;
  loginLockout: { maxFailures: number; windowSeconds: number; lockSeconds: number };
  /**
   * Budgets per user and room (DESIGN §5), shared by every socket and by REST: over `chatMessages`
   * a message is refused (WebSocket `error` `rate_limited`, HTTP 429); typing indicators and read
   * receipts over theirs are dropped. `limit` actions in any `windowMs`.
   */
  rateLimits: ChatRateLimits;
}

export interface ChatRateLimits {
  /** @default 20 per 10 s */
  chatMessages: { limit: number; windowMs: number };
  /** @default 3 a second */
  typing: { limit: number; windowMs: number };
  /** @default 10 a second */
  readReceipts: { limit: number; windowMs: number };
}

export function defaultCoreConfig(given: Partial<CoreConfig> = {}): CoreConfig {
  // `{ jwtSecret: process.env.JWT_SECRET }` with the variable unset means "the default", not "no secret".
  const overrides = Object.fromEntries(
    Object.entries(given).filter(([, value]) => value !== undefined),
  ) as Partial<CoreConfig>;
  return {
    jwtSecret: overrides.jwtSecret ?? randomSecret(),
    accessTokenLifetimeSeconds: 5 * 60,
    refreshTokenLifetimeSeconds: 24 * 60 * 60,
    maxBodyBytes: 1024 * 1024,
    loginLockout: { maxFailures: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
    rateLimits: {
      chatMessages: { limit: 20, windowMs: 10_000 },
      typing: { limit: 3, windowMs: 1_000 },
      readReceipts: { limit: 10, windowMs: 1_000 },
    },
    ...overrides,
  };
}

function randomSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
