import { describe, expect, it, vi } from 'vitest';
import { createMemoryStore } from '../../adapters/memory-store/create-memory-store.js';
import { createCoreServices } from '../../create-core-services.js';
import { createPbkdf2PasswordHasher } from '../../adapters/security/pbkdf2-password-hasher.js';
import { loginUser } from './login-user.js';

describe('loginUser', () => {
  it('runs the slow password check for an unknown email too, so timing does not reveal accounts', async () => {
    const hasher = createPbkdf2PasswordHasher(1_000);
    const verify = vi.spyOn(hasher, 'verify');
    const services = createCoreServices({ store: createMemoryStore(), hasher });
    const response = await loginUser(
      { body: { email: 'nobody@example.com', password: 'whatever-123' } },
      { ...services, url: new URL('http://api.test/api/auth/login/'), user: null },
    );
    expect(response.status).toBe(401);
    expect(verify).toHaveBeenCalledOnce();
  });

  it('checks the password of at most 5 of 30 parallel guesses for one email', async () => {
    const hasher = createPbkdf2PasswordHasher(1_000);
    const verify = vi.spyOn(hasher, 'verify');
    const services = createCoreServices({ store: createMemoryStore(), hasher });
    const context = { ...services, url: new URL('http://api.test/api/auth/login/'), user: null };
    const guesses = Array.from({ length: 30 }, (_, index) =>
      loginUser({ body: { email: 'someone@example.com', password: `guess-${index}` } }, context),
    );
    const statuses = (await Promise.all(guesses)).map((response) => response.status);
    expect(verify).toHaveBeenCalledTimes(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(25);
  });
});
