import type { CoreServices } from '../../context.js';
import { throttled } from '../../rules/errors.js';

/**
 * Counts a login attempt before its password is checked (DESIGN §3: after 5 failed logins for
 * one email within 15 min, 429 for 15 min). Answers the 429 when the email is locked, else null
 * and the attempt goes on; a successful login clears the count (`store.loginAttempts.clear`).
 * Counting first, in one atomic step with the lock check, is what stops parallel guesses: each
 * takes a place before any slow hash runs, so at most `maxFailures` hashes are checked.
 */
export async function reserveLoginAttempt(email: string, { store, clock, config }: CoreServices) {
  const { maxFailures, windowSeconds, lockSeconds } = config.loginLockout;
  const now = clock.now();
  const lockedUntil = await store.loginAttempts.reserve(email, {
    at: now,
    since: new Date(now.getTime() - windowSeconds * 1000),
    maxAttempts: maxFailures,
    lockUntil: new Date(now.getTime() + lockSeconds * 1000),
  });
  if (!lockedUntil) return null;
  return throttled(Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000));
}
