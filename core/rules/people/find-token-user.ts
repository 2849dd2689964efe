import type { UserRecord } from '../../ports/store/store.js';
import type { CoreServices } from '../../context.js';
import type { TokenClaims } from '../../ports/token-service.js';
import { isEndedByPasswordChange } from './password-sessions.js';

/** What a verified token says of its holder, and what a chat socket keeps of it. */
export type TokenHolder = Pick<TokenClaims, 'userId' | 'sessionId' | 'passwordVersion'>;

export type TokenUser = { ok: true; user: UserRecord } | { ok: false; detail?: string };

/**
 * The user a verified token speaks for, while it still does: not deleted, active, and not in a
 * session a password change ended. A chat socket, which outlives its token, is checked again with it.
 */
export async function findTokenUser(
  holder: TokenHolder,
  services: Pick<CoreServices, 'store'>,
): Promise<TokenUser> {
  const user = await services.store.users.findById(holder.userId);
  if (!user || user.status === 'deleted') return { ok: false, detail: 'User not found' };
  if (user.status !== 'active') return { ok: false, detail: 'User is inactive' };
  // A password change ended the other sign-in sessions: their unexpired tokens are dead too.
  if (isEndedByPasswordChange(holder, user)) return { ok: false };
  return { ok: true, user };
}
