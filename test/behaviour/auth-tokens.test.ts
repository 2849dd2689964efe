import { describe, expect, it } from 'vitest';
import { createMemoryTokenStore } from '../../sdk/index.js';
import { signUp } from '../support/factories.js';
import { forgeToken, unsignedToken } from '../support/forge-token.js';
import { useTarget } from '../targets/index.js';

const target = useTarget();
const INVALID_TOKEN = { detail: 'Given token not valid for any token type' };

/** A client that sends exactly this access token and never refreshes. */
const clientWithAccess = (access: string) =>
  target.current.client({ tokens: createMemoryTokenStore({ access, refresh: '' }) });

const claimsOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as Record<string, unknown>;

describe('authentication of API calls', () => {
  it('refuses a call without a token with 401', async () => {
    const response = await target.current.client().auth.getProfile();
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ detail: 'Authentication credentials were not provided.' });
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  it('refuses a tampered access token', async () => {
    const { client } = await signUp(target.current);
    const access = client.tokens.get()?.access ?? '';
    const [header, payload, signature] = access.split('.');
    const tampered = `${header}.${payload}.${signature?.startsWith('A') ? 'B' : 'A'}${signature?.slice(1)}`;
    const response = await clientWithAccess(tampered).auth.getProfile();
    expect(response.status).toBe(401);
    expect(response.body).toEqual(INVALID_TOKEN);
  });

  it('refuses an access token whose claims were changed to another user', async () => {
    const victim = await signUp(target.current);
    const { client } = await signUp(target.current);
    const [header, , signature] = (client.tokens.get()?.access ?? '').split('.');
    const claims = { ...claimsOf(client.tokens.get()?.access ?? ''), sub: String(victim.user.id) };
    const swapped = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    expect((await clientWithAccess(swapped).auth.getProfile()).status).toBe(401);
  });

  it('refuses an access token once its 5 minutes have passed', async () => {
    const { client } = await signUp(target.current);
    const access = client.tokens.get()?.access ?? '';
    target.current.clock.advance(4 * 60 * 1000);
    expect((await clientWithAccess(access).auth.getProfile()).status).toBe(200);
    target.current.clock.advance(60 * 1000 + 1000);
    const response = await clientWithAccess(access).auth.getProfile();
    expect(response.status).toBe(401);
    expect(response.body).toEqual(INVALID_TOKEN);
  });

  it('refuses a token signed with another HMAC algorithm and the right secret', async () => {
    const { user } = await signUp(target.current);
    const token = await forgeToken(
      { token_type: 'access', sub: String(user.id), jti: 'forged-1' },
      { secret: target.current.jwtSecret, algorithm: 'HS512', now: target.current.clock.now() },
    );
    expect((await clientWithAccess(token).auth.getProfile()).status).toBe(401);
  });

  it('accepts a token it could have issued, so the algorithm test above is meaningful', async () => {
    const { user } = await signUp(target.current);
    const token = await forgeToken(
      { token_type: 'access', sub: String(user.id), jti: 'forged-2' },
      { secret: target.current.jwtSecret, now: target.current.clock.now() },
    );
    expect((await clientWithAccess(token).auth.getProfile()).status).toBe(200);
  });

  it('refuses an unsigned alg:none token', async () => {
    const { user } = await signUp(target.current);
    const now = Math.floor(target.current.clock.now().getTime() / 1000);
    const token = unsignedToken({
      token_type: 'access',
      sub: String(user.id),
      jti: 'none-1',
      exp: now + 300,
    });
    expect((await clientWithAccess(token).auth.getProfile()).status).toBe(401);
  });

  it('refuses a refresh token presented as an access token', async () => {
    const { client } = await signUp(target.current);
    const response = await clientWithAccess(client.tokens.get()?.refresh ?? '').auth.getProfile();
    expect(response.status).toBe(401);
    expect(response.body).toEqual(INVALID_TOKEN);
  });

  it("refuses a banned user's still-valid access token", async () => {
    const { client, email } = await signUp(target.current);
    await target.current.setUserStatus(email, 'banned');
    const response = await clientWithAccess(client.tokens.get()?.access ?? '').auth.getProfile();
    expect(response.status).toBe(401);
  });
});

describe('POST /api/auth/token/refresh/', () => {
  it('rotates: answers a new access and a new refresh token', async () => {
    const { client } = await signUp(target.current);
    const before = client.tokens.get();
    const response = await target.current
      .client()
      .auth.refreshToken({ body: { refresh: before?.refresh ?? '' } });
    expect(response.status).toBe(200);
    if (response.status !== 200) return;
    expect(response.body.refresh).not.toBe(before?.refresh);
    expect((await clientWithAccess(response.body.access).auth.getProfile()).status).toBe(200);
  });

  it('kills the old refresh token once it has been used', async () => {
    const { client } = await signUp(target.current);
    const refresh = client.tokens.get()?.refresh ?? '';
    expect((await target.current.client().auth.refreshToken({ body: { refresh } })).status).toBe(200);
    const reused = await target.current.client().auth.refreshToken({ body: { refresh } });
    expect(reused.status).toBe(401);
  });

  it('lets only one of two simultaneous refreshes with the same token win', async () => {
    const { client } = await signUp(target.current);
    const refresh = client.tokens.get()?.refresh ?? '';
    const responses = await Promise.all([
      target.current.client().auth.refreshToken({ body: { refresh } }),
      target.current.client().auth.refreshToken({ body: { refresh } }),
    ]);
    expect(responses.map((response) => response.status).sort()).toEqual([200, 401]);
  });

  it('refuses an access token presented as a refresh token', async () => {
    const { client } = await signUp(target.current);
    const response = await target.current.client().auth.refreshToken({
      body: { refresh: client.tokens.get()?.access ?? '' },
    });
    expect(response.status).toBe(401);
  });

  it('refuses a refresh token after its 24 hours', async () => {
    const { client } = await signUp(target.current);
    target.current.clock.advance(24 * 60 * 60 * 1000 + 1000);
    const response = await target.current.client().auth.refreshToken({
      body: { refresh: client.tokens.get()?.refresh ?? '' },
    });
    expect(response.status).toBe(401);
  });

  it('refuses to refresh for a banned user', async () => {
    const { client, email } = await signUp(target.current);
    await target.current.setUserStatus(email, 'banned');
    const response = await target.current.client().auth.refreshToken({
      body: { refresh: client.tokens.get()?.refresh ?? '' },
    });
    expect(response.status).toBe(401);
  });
});

describe('POST /api/auth/logout/', () => {
  it('revokes the refresh token it is given', async () => {
    const { client } = await signUp(target.current);
    const refresh = client.tokens.get()?.refresh ?? '';
    const response = await client.auth.logout({ body: { refresh } });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ message: 'Logout successful' });
    expect((await target.current.client().auth.refreshToken({ body: { refresh } })).status).toBe(401);
  });

  it("refuses to revoke another user's refresh token", async () => {
    const other = await signUp(target.current);
    const { client } = await signUp(target.current);
    const refresh = other.client.tokens.get()?.refresh ?? '';
    const response = await client.auth.logout({ body: { refresh } });
    expect(response.status).toBe(400);
    expect((await target.current.client().auth.refreshToken({ body: { refresh } })).status).toBe(200);
  });

  it('refuses a logout without an access token', async () => {
    const { client } = await signUp(target.current);
    const refresh = client.tokens.get()?.refresh ?? '';
    const response = await target.current.client().auth.logout({ body: { refresh } });
    expect(response.status).toBe(401);
  });
});
