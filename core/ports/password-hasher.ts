/** Slow salted password hashing. A port so mocks and tests can use a cheap setting. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, encoded: string): Promise<boolean>;
}
