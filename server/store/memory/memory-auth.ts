import type { LoginAttemptRepo, RevokedTokenRepo } from '../store.js';

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

export function createMemoryLoginAttempts(): LoginAttemptRepo {
  const failures = new Map<string, Date[]>();
  const locks = new Map<string, Date>();
  const key = (email: string) => email.toLowerCase();
  return {
    lockedUntil: (email) => Promise.resolve(locks.get(key(email)) ?? null),
    recordFailure: (email, at, since) => {
      for (const [key, times] of failures) {
        const kept = times.filter((time) => time >= since);
        if (kept.length === 0) failures.delete(key);
        else failures.set(key, kept);
      }
      for (const [key, until] of locks) if (until <= at) locks.delete(key);
      const recent = (failures.get(key(email)) ?? []).filter((time) => time >= since);
      recent.push(at);
      failures.set(key(email), recent);
      return Promise.resolve(recent.length);
    },
    lock: (email, until) => {
      locks.set(key(email), until);
      return Promise.resolve();
    },
    clear: (email) => {
      failures.delete(key(email));
      locks.delete(key(email));
      return Promise.resolve();
    },
  };
}
