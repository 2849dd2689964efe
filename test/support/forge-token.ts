import { SignJWT } from 'jose';

/** Signs arbitrary claims, to prove the API refuses tokens it did not issue as it issues them. */
export async function forgeToken(
  claims: Record<string, unknown>,
  options: { secret: string; algorithm?: 'HS256' | 'HS384' | 'HS512'; expiresInSeconds?: number; now: Date },
): Promise<string> {
  const issuedAt = Math.floor(options.now.getTime() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: options.algorithm ?? 'HS256', typ: 'JWT' })
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + (options.expiresInSeconds ?? 300))
    .sign(new TextEncoder().encode(options.secret));
}

/** An unsigned `alg: none` token with the given claims. */
export function unsignedToken(claims: Record<string, unknown>): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(claims)}.`;
}
