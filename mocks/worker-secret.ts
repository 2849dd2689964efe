import type { MockApiOptions } from './create-mock-api.js';

/** Where `startMockWorker` keeps its JWT secret by default (`localStorage`, under this key). */
export const WORKER_SECRET_KEY = 'studymate.mocks.jwt-secret';

/** The part of a Web Storage the secret needs. */
export type SecretStorage = Pick<Storage, 'getItem' | 'setItem'>;

function randomSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** `localStorage` where there is one and the page may use it (a sandboxed frame may not). */
function defaultStorage(): SecretStorage | undefined {
  try {
    return (globalThis as { localStorage?: SecretStorage }).localStorage;
  } catch {
    return undefined;
  }
}

/** The stored secret, or a new one stored for the next start; a storage that refuses is skipped. */
function persistedSecret(storage: SecretStorage): string {
  try {
    const stored = storage.getItem(WORKER_SECRET_KEY);
    if (stored && stored.length >= 32) return stored;
    const secret = randomSecret();
    storage.setItem(WORKER_SECRET_KEY, secret);
    return secret;
  } catch {
    return randomSecret();
  }
}

/**
 * The mock API's options with a JWT secret that survives a reload, so the tokens the app stored
 * stay valid (the seeded world, its users and ids are the same after a reload too). A
 * `config.jwtSecret` given by the caller wins; `storage: false` makes a new secret on every start.
 */
export function withPersistedSecret(
  options: MockApiOptions,
  storage: SecretStorage | false | undefined = defaultStorage(),
): MockApiOptions {
  if (options.config?.jwtSecret || storage === false || storage === undefined) return options;
  return { ...options, config: { ...options.config, jwtSecret: persistedSecret(storage) } };
}
