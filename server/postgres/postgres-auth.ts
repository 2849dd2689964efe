import type { LoginAttemptRepo, RevokedTokenRepo } from '@studymate/core';
import type { Database } from './database.js';

export function createPostgresRevokedTokens(database: Database): RevokedTokenRepo {
  return {
    // The primary key decides: of two concurrent revocations of one token, one inserts.
    revoke: (jti, expiresAt, now) =>
      database.transaction(async (tx) => {
        await tx.query('DELETE FROM revoked_tokens WHERE expires_at < $1', [now]);
        const rows = await tx.query(
          'INSERT INTO revoked_tokens (jti, expires_at) VALUES ($1, $2) ON CONFLICT (jti) DO NOTHING RETURNING jti',
          [jti, expiresAt],
        );
        return rows.length === 1;
      }),
    isRevoked: async (jti) =>
      (await database.query('SELECT 1 FROM revoked_tokens WHERE jti = $1', [jti])).length > 0,
  };
}

/** One advisory lock per email, namespaced so it cannot meet another area's lock. */
const EMAIL_LOCK = `SELECT pg_advisory_xact_lock(hashtextextended('login_attempts:' || $1, 0))`;

/**
 * Attempts (in `login_failures`: the failed ones and those still checking a password) and locks
 * per email, case-insensitive. `reserve` and `clear` take the email's advisory lock first: under
 * READ COMMITTED a second reservation then waits for the first to commit, and its statements,
 * which start after that, see the attempt and the lock the first one wrote.
 */
export function createPostgresLoginAttempts(database: Database): LoginAttemptRepo {
  const key = (email: string) => email.toLowerCase();
  return {
    reserve: async (email, { at, since, maxAttempts, lockUntil }) => {
      // Housekeeping for every email, each DELETE on its own, outside the email's lock.
      await database.query('DELETE FROM login_failures WHERE failed_at < $1', [since]);
      await database.query('DELETE FROM login_locks WHERE locked_until <= $1', [at]);
      return database.transaction(async (tx) => {
        await tx.query(EMAIL_LOCK, [key(email)]);
        const [lock] = await tx.query<{ locked_until: Date }>(
          'SELECT locked_until FROM login_locks WHERE email_key = $1 AND locked_until > $2',
          [key(email), at],
        );
        if (lock) return lock.locked_until;
        await tx.query('INSERT INTO login_failures (email_key, failed_at) VALUES ($1, $2)', [key(email), at]);
        const [row] = await tx.query<{ count: number }>(
          'SELECT count(*)::int AS count FROM login_failures WHERE email_key = $1 AND failed_at >= $2',
          [key(email), since],
        );
        if ((row?.count ?? 0) >= maxAttempts) {
          await tx.query(
            `INSERT INTO login_locks (email_key, locked_until) VALUES ($1, $2)
             ON CONFLICT (email_key) DO UPDATE SET locked_until = EXCLUDED.locked_until`,
            [key(email), lockUntil],
          );
        }
        return null;
      });
    },
    clear: (email) =>
      database.transaction(async (tx) => {
        await tx.query(EMAIL_LOCK, [key(email)]);
        await tx.query('DELETE FROM login_failures WHERE email_key = $1', [key(email)]);
        await tx.query('DELETE FROM login_locks WHERE email_key = $1', [key(email)]);
      }),
  };
}
