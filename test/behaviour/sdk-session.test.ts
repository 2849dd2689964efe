import { describe, expect, it, vi } from 'vitest';
import { createMemoryTokenStore } from '../../sdk/index.js';
import { registrationBody } from '../support/factories.js';
import { useTarget } from '../targets/index.js';

const target = useTarget();

/** A fetch that counts the token refreshes going through it. */
function countingFetch() {
  const calls: string[] = [];
  const fetchFunction: typeof fetch = (input, init) => {
    calls.push(String(input instanceof Request ? input.url : input));
    return fetch(input, init);
  };
  return {
    fetchFunction,
    refreshes: () => calls.filter((url) => url.includes('/api/auth/token/refresh/')).length,
  };
}

async function signedInClient(options: Parameters<typeof target.current.client>[0] = {}) {
  const client = target.current.client(options);
  const response = await client.auth.register({ body: registrationBody() });
  if (response.status !== 201) throw new Error('register failed');
  return client;
}

describe('the SDK session', () => {
  it('stores the tokens from register and login', async () => {
    const body = registrationBody();
    const client = target.current.client();
    await client.auth.register({ body });
    const afterRegister = client.tokens.get();
    expect(afterRegister?.access).toBeTruthy();
    await client.auth.login({ body: { email: body.email, password: body.password } });
    expect(client.tokens.get()?.access).toBeTruthy();
    expect(client.tokens.get()?.refresh).not.toBe(afterRegister?.refresh);
  });

  it('refreshes an expired access token on 401 and retries the call once', async () => {
    const counter = countingFetch();
    const client = await signedInClient({ fetch: counter.fetchFunction });
    const before = client.tokens.get();
    target.current.clock.advance(6 * 60 * 1000);
    const response = await client.auth.getProfile();
    expect(response.status).toBe(200);
    expect(counter.refreshes()).toBe(1);
    expect(client.tokens.get()?.refresh).not.toBe(before?.refresh);
  });

  it('runs one refresh for many concurrent calls that got 401', async () => {
    const counter = countingFetch();
    const client = await signedInClient({ fetch: counter.fetchFunction });
    target.current.clock.advance(6 * 60 * 1000);
    const responses = await Promise.all(Array.from({ length: 8 }, () => client.auth.getProfile()));
    expect(responses.every((response) => response.status === 200)).toBe(true);
    expect(counter.refreshes()).toBe(1);
  });

  it('signs out when the refresh fails', async () => {
    const onSignOut = vi.fn();
    const client = await signedInClient({ onSignOut });
    target.current.clock.advance(25 * 60 * 60 * 1000);
    const response = await client.auth.getProfile();
    expect(response.status).toBe(401);
    expect(client.tokens.get()).toBeNull();
    expect(onSignOut).toHaveBeenCalledOnce();
  });

  it('forgets the tokens on logout', async () => {
    const client = await signedInClient();
    await client.auth.logout({ body: { refresh: client.tokens.get()?.refresh ?? '' } });
    expect(client.tokens.get()).toBeNull();
  });

  it('never attaches the access token to public routes', async () => {
    const seen: (string | null)[] = [];
    const tokens = createMemoryTokenStore({ access: 'not-a-token', refresh: 'not-a-token' });
    const client = target.current.client({
      tokens,
      fetch: (input, init) => {
        seen.push(new Headers(init?.headers).get('authorization'));
        return fetch(input, init);
      },
    });
    const response = await client.auth.login({
      body: { email: 'nobody@example.com', password: 'whatever-1' },
    });
    expect(response.status).toBe(401);
    expect(seen).toEqual([null]);
  });
});
