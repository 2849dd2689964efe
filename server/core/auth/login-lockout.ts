import type { CoreServices } from '../context.js';
import { throttled } from '../errors.js';

/** The 429 for an email locked after too many failed logins, or null when it may try. */
export async function checkLoginLock(email: string, { store, clock }: CoreServices) {
  const lockedUntil = await store.loginAttempts.lockedUntil(email);
  const now = clock.now().getTime();
  if (!lockedUntil || lockedUntil.getTime() <= now) return null;
  return throttled(Math.ceil((lockedUntil.getTime() - now) / 1000));
}

/** Counts a failed login; the failure that reaches the limit within the window locks the email. */
export async function recordLoginFailure(
  email: string,
  { store, clock, config }: CoreServices,
): Promise<void> {
  const { maxFailures, windowSeconds, lockSeconds } = config.loginLockout;
  const now = clock.now();
  const failures = await store.loginAttempts.recordFailure(
    email,
    now,
    new Date(now.getTime() - windowSeconds * 1000),
  );
  if (failures >= maxFailures)
    await store.loginAttempts.lock(email, new Date(now.getTime() + lockSeconds * 1000));
}
