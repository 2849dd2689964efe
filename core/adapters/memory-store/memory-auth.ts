import type { LoginAttemptRepo, RevokedTokenRepo } from '../../ports/store/store.js';

export function createMemoryRevokedTokens(): RevokedTokenRepo {
  const revoked = new Map<string, Date>();
  return {
    revoke: (jti, expiresAt, now) => {
      for (const [id, expiry] of revoked) if (expiry < now) revoked.delete(id);
      if (revoked.has(jti)) return Promise.resolve(false);
      revoked.set(jti, expiresAt);
      return Promise.resolve(true);
    },
    isRevoked: (jti) => Promise.resolve(revoked.has(jti)),
  };
}

/**
 * Attempts and locks per email. `reserve` checks and writes in one synchronous step (no await
 * between them), so parallel logins cannot both pass the check before either is counted.
 */
export function createMemoryLoginAttempts(): LoginAttemptRepo {
  const attempts = new Map<string, Date[]>();
  const locks = new Map<string, Date>();
  const key = (email: string) => email.toLowerCase();
  const forget = (at: Date, since: Date) => {
    for (const [email, times] of attempts) {
      const kept = times.filter((time) => time >= since);
      if (kept.length === 0) attempts.delete(email);
      else attempts.set(email, kept);
    }
    for (const [email, until] of locks) if (until <= at) locks.delete(email);
  };
  return {
    reserve: (email, { at, since, maxAttempts, lockUntil }) => {
      forget(at, since);
      const lockedUntil = locks.get(key(email));
      if (lockedUntil) return Promise.resolve(lockedUntil);
      const counted = [...(attempts.get(key(email)) ?? []), at];
      attempts.set(key(email), counted);
      if (counted.length >= maxAttempts) locks.set(key(email), lockUntil);
      return Promise.resolve(null);
    },
    clear: (email) => {
      attempts.delete(key(email));
      locks.delete(key(email));
      return Promise.resolve();
    },
  };
}
