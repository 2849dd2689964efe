import type { UserRecord } from '../../ports/store/store.js';
import type { CoreServices } from '../../context.js';
import type { TokenClaims } from '../../ports/token-service.js';
import { unauthorized } from '../errors.js';
import { findTokenUser } from './find-token-user.js';

export type Authentication =
  | { ok: true; user: UserRecord; claims: TokenClaims }
  | { ok: false; response: ReturnType<typeof unauthorized> };

/**
 * Bearer access tokens only: a refresh token, a tampered or expired token, an inactive user, or a
 * token of a session a password change ended is a 401.
 */
export async function authenticate(
  authorization: string | null | undefined,
  services: CoreServices,
): Promise<Authentication> {
  if (!authorization)
    return { ok: false, response: unauthorized('Authentication credentials were not provided.') };
  const [scheme, token, ...rest] = authorization.trim().split(/\s+/);
  if (scheme?.toLowerCase() !== 'bearer' || !token || rest.length > 0) {
    return { ok: false, response: unauthorized('Authentication credentials were not provided.') };
  }
  const claims = await services.tokens.verify(token, 'access');
  if (!claims) return { ok: false, response: unauthorized() };
  const found = await findTokenUser(claims, services);
  if (!found.ok) return { ok: false, response: unauthorized(found.detail) };
  return { ok: true, user: found.user, claims };
}
