/** Tunables of the core. Every field has a default; see `defaultCoreConfig`. */
export interface CoreConfig {
  /** HMAC secret for JWTs. A random one is generated when none is given. */
  jwtSecret: string;
  accessTokenLifetimeSeconds: number;
  refreshTokenLifetimeSeconds: number;
  /** Largest JSON body accepted, in bytes. */
  maxBodyBytes: number;
  loginLockout: { maxFailures: number; windowSeconds: number; lockSeconds: number };
}

export function defaultCoreConfig(overrides: Partial<CoreConfig> = {}): CoreConfig {
  return {
    jwtSecret: overrides.jwtSecret ?? randomSecret(),
    accessTokenLifetimeSeconds: 5 * 60,
    refreshTokenLifetimeSeconds: 24 * 60 * 60,
    maxBodyBytes: 1024 * 1024,
    loginLockout: { maxFailures: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
    ...overrides,
  };
}

function randomSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
