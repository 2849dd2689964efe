import type { PasswordHasher } from '../../ports/password-hasher.js';

/** OWASP's PBKDF2-SHA256 work factor; tests and mocks pass a cheap one. */
export const RECOMMENDED_PBKDF2_ITERATIONS = 600_000;

const PREFIX = 'pbkdf2_sha256';

/**
 * Salted PBKDF2-SHA256 over WebCrypto (Node and browsers), encoded like Django's
 * `pbkdf2_sha256$<iterations>$<salt>$<hash>`, so the iteration count travels with each hash.
 */
export function createPbkdf2PasswordHasher(
  iterations = RECOMMENDED_PBKDF2_ITERATIONS,
  options: {
    /** Salt source; random by default. Only generated demo data passes a seeded one (byte-identical worlds). */
    salt?: () => Uint8Array;
  } = {},
): PasswordHasher {
  const nextSalt = options.salt ?? (() => crypto.getRandomValues(new Uint8Array(16)));
  return {
    async hash(password) {
      const salt = toBase64(nextSalt());
      const derived = await derive(password, salt, iterations);
      return `${PREFIX}$${iterations}$${salt}$${toBase64(derived)}`;
    },
    async verify(password, encoded) {
      const [prefix, rounds, salt, expected] = encoded.split('$');
      if (prefix !== PREFIX || !rounds || !salt || !expected) return false;
      const derived = await derive(password, salt, Number(rounds));
      return constantTimeEqual(toBase64(derived), expected);
    },
  };
}

async function derive(password: string, salt: string, iterations: number): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', encoder.encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: encoder.encode(salt), iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function constantTimeEqual(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
    difference |= (a.charCodeAt(index) || 0) ^ (b.charCodeAt(index) || 0);
  }
  return difference === 0;
}
