/** What signing in keeps: revoked token ids, and login attempts and locks per email. */

export interface RevokedTokenRepo {
  /**
   * Revokes a token id; false when it was already revoked (so two rotations cannot both win).
   * Also forgets the revocations of tokens expired before `now`: their expiry refuses them
   * anyway, so the list stays as small as the set of live tokens.
   */
  revoke(jti: string, expiresAt: Date, now: Date): Promise<boolean>;
  isRevoked(jti: string): Promise<boolean>;
}

/** A login attempt about to check a password, and the lockout rule it is counted under. */
export interface LoginAttempt {
  at: Date;
  /** Attempts before this no longer count (the start of the window). */
  since: Date;
  /** The attempt that brings the count since `since` to this number locks the email. */
  maxAttempts: number;
  /** When that lock ends. */
  lockUntil: Date;
}

/**
 * Login attempts and locks per email, case-insensitive. An attempt is counted before its
 * password is checked and stays counted unless a login succeeds (`clear`), so parallel guesses
 * cannot all pass the check before any of them is recorded.
 */
export interface LoginAttemptRepo {
  /**
   * In one atomic step per email: answers the end of the email's lock when it is locked (the
   * attempt is not counted); else counts the attempt, locks the email when it is the
   * `maxAttempts`-th since `since` (this attempt still goes on), and answers null. Also forgets
   * every email's attempts before `since` and the locks that ended by `at`.
   */
  reserve(email: string, attempt: LoginAttempt): Promise<Date | null>;
  /** Forgets the email's attempts and lock (a successful login). */
  clear(email: string): Promise<void>;
}
