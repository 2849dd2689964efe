/** The claims the API puts in its JWTs. */
export interface TokenClaims {
  userId: number;
  tokenType: 'access' | 'refresh';
  /** Token id, used to blacklist refresh tokens. */
  jti: string;
  /**
   * The sign-in session: shared by the pair issued at login and by every pair a refresh rotates
   * from it; logout ends it. A token without one is its own session.
   */
  sessionId: string;
  /**
   * The user's `passwordVersion` when the token was issued (`pwv`; 0 when absent): after a password
   * change, a token of an older version is refused unless it is in the session that made the change.
   */
  passwordVersion: number;
  expiresAt: Date;
}

/** Whom a pair is for: the user, and the password version it is issued under. */
export interface TokenSubject {
  userId: number;
  passwordVersion: number;
}

export interface TokenPairIssued {
  access: string;
  refresh: string;
  refreshClaims: TokenClaims;
}

/** Issues and verifies signed tokens; verification checks signature, algorithm, expiry and type. */
export interface TokenService {
  /** A pair in `sessionId` (a refresh), or in a new session (a sign-in). */
  issuePair(subject: TokenSubject, sessionId?: string): Promise<TokenPairIssued>;
  /** The claims of a valid token of the expected type, or null. */
  verify(token: string, expectedType: TokenClaims['tokenType']): Promise<TokenClaims | null>;
}
