import type { LoginAttemptRepo, RevokedTokenRepo } from '../store.js';
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

/** Failures and locks per email, case-insensitive; failures older than the window are dropped as new ones arrive. */
export function createPostgresLoginAttempts(database: Database): LoginAttemptRepo {
  const key = (email: string) => email.toLowerCase();
  return {
    lockedUntil: async (email) => {
      const [row] = await database.query<{ locked_until: Date }>(
        'SELECT locked_until FROM login_locks WHERE email_key = $1',
        [key(email)],
      );
      return row?.locked_until ?? null;
    },
    recordFailure: (email, at, since) =>
      database.transaction(async (tx) => {
        await tx.query('DELETE FROM login_failures WHERE failed_at < $1', [since]);
        await tx.query('DELETE FROM login_locks WHERE locked_until <= $1', [at]);
        await tx.query('INSERT INTO login_failures (email_key, failed_at) VALUES ($1, $2)', [key(email), at]);
        const [row] = await tx.query<{ count: number }>(
          'SELECT count(*)::int AS count FROM login_failures WHERE email_key = $1',
          [key(email)],
        );
        return row?.count ?? 0;
      }),
    lock: async (email, until) => {
      await database.query(
        `INSERT INTO login_locks (email_key, locked_until) VALUES ($1, $2)
         ON CONFLICT (email_key) DO UPDATE SET locked_until = EXCLUDED.locked_until`,
        [key(email), until],
      );
    },
    clear: (email) =>
      database.transaction(async (tx) => {
        await tx.query('DELETE FROM login_failures WHERE email_key = $1', [key(email)]);
        await tx.query('DELETE FROM login_locks WHERE email_key = $1', [key(email)]);
      }),
  };
}
