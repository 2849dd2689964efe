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
  expiresAt: Date;
}

export interface TokenPairIssued {
  access: string;
  refresh: string;
  refreshClaims: TokenClaims;
}

/** Issues and verifies signed tokens; verification checks signature, algorithm, expiry and type. */
export interface TokenService {
  /** A pair in `sessionId` (a refresh), or in a new session (a sign-in). */
  issuePair(userId: number, sessionId?: string): Promise<TokenPairIssued>;
  /** The claims of a valid token of the expected type, or null. */
  verify(token: string, expectedType: TokenClaims['tokenType']): Promise<TokenClaims | null>;
}
