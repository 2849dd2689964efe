import type { TokenPair } from '@studymate/contract';

/** Where the SDK keeps the signed-in user's tokens. */
export interface TokenStore {
  get(): TokenPair | null;
  /** `null` signs out. */
  set(tokens: TokenPair | null): void;
}

/**
 * Tokens held in memory (lost on reload).
 * @example createClient({ baseUrl, tokens: createMemoryTokenStore() })
 */
export function createMemoryTokenStore(initial: TokenPair | null = null): TokenStore {
  let current = initial;
  return {
    get: () => current,
    set: (tokens) => {
      current = tokens;
    },
  };
}

/**
 * Tokens persisted in a Web Storage (e.g. `localStorage`) under one key.
 * @example createClient({ baseUrl, tokens: createWebStorageTokenStore(localStorage) })
 */
export function createWebStorageTokenStore(storage: Storage, key = 'studymate.tokens'): TokenStore {
  return {
    get: () => {
      const raw = storage.getItem(key);
      if (!raw) return null;
      try {
        const parsed = JSON.parse(raw) as Partial<TokenPair>;
        return typeof parsed.access === 'string' && typeof parsed.refresh === 'string'
          ? { access: parsed.access, refresh: parsed.refresh }
          : null;
      } catch {
        return null;
      }
    },
    set: (tokens) => (tokens ? storage.setItem(key, JSON.stringify(tokens)) : storage.removeItem(key)),
  };
}
