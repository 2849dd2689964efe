import { setupServer } from 'msw/node';
import { describe, expect, it } from 'vitest';
import { createClient, createMemoryTokenStore, type TokenStore } from '../../sdk/index.js';
import { WORKER_SECRET_KEY, withPersistedSecret, type SecretStorage } from '../../mocks/worker-secret.js';
import { createMockApi, DEMO_LOGINS, type WorldOptions } from '../../mocks/index.js';

const baseUrl = 'http://worker.test';
const world: WorldOptions = { seed: 4, users: 2, referenceDate: new Date('2026-03-02T00:00:00Z') };

/** A Web Storage in memory, as `localStorage` is to a page. */
function memoryStorage(): SecretStorage & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => void entries.set(key, value),
  };
}

/** One page load: a new mock API (as `startMockWorker` builds it) answering the app's client. */
async function pageLoad<T>(
  storage: SecretStorage | false,
  tokens: TokenStore,
  visit: (client: ReturnType<typeof createClient>) => Promise<T>,
): Promise<T> {
  const api = await createMockApi(withPersistedSecret({ world, baseUrl }, storage));
  const server = setupServer(...api.handlers);
  server.listen({ onUnhandledRequest: 'error' });
  try {
    return await visit(createClient({ baseUrl, tokens }));
  } finally {
    server.close();
  }
}

const signIn = async (client: ReturnType<typeof createClient>) =>
  (await client.auth.login({ body: DEMO_LOGINS.student })).status;
const profileStatus = async (client: ReturnType<typeof createClient>) =>
  (await client.auth.getProfile()).status;

describe('the browser worker’s JWT secret', () => {
  it('keeps the stored tokens valid after a reload', async () => {
    const storage = memoryStorage();
    const tokens = createMemoryTokenStore();
    expect(await pageLoad(storage, tokens, signIn)).toBe(200);
    const signedIn = tokens.get();
    expect(await pageLoad(storage, tokens, profileStatus)).toBe(200);
    // No refresh was needed: the very same access token is still accepted.
    expect(tokens.get()).toEqual(signedIn);
    expect(storage.entries.get(WORKER_SECRET_KEY)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('signs out on every reload with secretStorage: false', async () => {
    const tokens = createMemoryTokenStore();
    expect(await pageLoad(false, tokens, signIn)).toBe(200);
    const refused = await pageLoad(false, createMemoryTokenStore(tokens.get()), (client) =>
      client.auth.getProfile(),
    );
    expect(refused).toMatchObject({
      status: 401,
      body: { detail: 'Given token not valid for any token type' },
    });
  });

  it('uses a config.jwtSecret given by the caller, and stores nothing', () => {
    const storage = memoryStorage();
    const options = withPersistedSecret({ config: { jwtSecret: 'mine-'.repeat(8) } }, storage);
    expect(options.config?.jwtSecret).toBe('mine-'.repeat(8));
    expect(storage.entries.size).toBe(0);
  });

  it('starts with a fresh secret when the storage refuses (a sandboxed frame, a full quota)', () => {
    const refusing: SecretStorage = {
      getItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      setItem: () => undefined,
    };
    const first = withPersistedSecret({}, refusing).config?.jwtSecret;
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(withPersistedSecret({}, refusing).config?.jwtSecret).not.toBe(first);
  });

  it('replaces a stored value too short to be a secret', () => {
    const storage = memoryStorage();
    storage.setItem(WORKER_SECRET_KEY, 'short');
    expect(withPersistedSecret({}, storage).config?.jwtSecret).toMatch(/^[0-9a-f]{64}$/);
  });

  it('leaves the options alone where there is no localStorage (Node)', () => {
    expect(withPersistedSecret({ world: false })).toEqual({ world: false });
  });
});
