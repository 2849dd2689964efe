/** The claims the API puts in its JWTs. */
export interface TokenClaims {
  userId: number;
  tokenType: 'access' | 'refresh';
  /** Token id, used to blacklist refresh tokens. */
  jti: string;
  expiresAt: Date;
}

export interface TokenPairIssued {
  access: string;
  refresh: string;
  refreshClaims: TokenClaims;
}

/** Issues and verifies signed tokens; verification checks signature, algorithm, expiry and type. */
export interface TokenService {
  issuePair(userId: number): Promise<TokenPairIssued>;
  /** The claims of a valid token of the expected type, or null. */
  verify(token: string, expectedType: TokenClaims['tokenType']): Promise<TokenClaims | null>;
}
