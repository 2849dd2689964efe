import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { createJwtTokenService, createManualClock, defaultCoreConfig, randomIds } from '@studymate/core';
import { createFastJwtTokenService } from './fast-jwt-token-service.js';

const config = defaultCoreConfig({ jwtSecret: 'interchangeable-secret' });
const subject = { userId: 42, passwordVersion: 3 };

function services() {
  const clock = createManualClock(new Date('2026-01-01T00:00:00Z'));
  const options = { config, clock, ids: randomIds };
  return { clock, jose: createJwtTokenService(options), fast: createFastJwtTokenService(options) };
}

async function forge(
  claims: Record<string, unknown>,
  now: Date,
  { secret = config.jwtSecret, alg = 'HS256' } = {},
) {
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({ iat, exp: iat + 300, ...claims })
    .setProtectedHeader({ alg, typ: 'JWT' })
    .sign(new TextEncoder().encode(secret));
}

describe('the fast-jwt token service', () => {
  const pairs: [string, string][] = [
    ['jose', 'fast'],
    ['fast', 'jose'],
    ['fast', 'fast'],
  ];
  it.each(pairs)('verifies a pair %s signed with %s, with the same claims', async (signer, verifier) => {
    const all = services();
    const sign = all[signer as 'jose' | 'fast'];
    const verify = all[verifier as 'jose' | 'fast'];
    const pair = await sign.issuePair(subject, 'session-1');
    const access = await verify.verify(pair.access, 'access');
    const refresh = await verify.verify(pair.refresh, 'refresh');
    expect(access).toMatchObject({
      userId: 42,
      tokenType: 'access',
      sessionId: 'session-1',
      passwordVersion: 3,
    });
    expect(refresh).toEqual(pair.refreshClaims);
    expect(access?.expiresAt.getTime()).toBe(
      all.clock.now().getTime() + config.accessTokenLifetimeSeconds * 1000,
    );
  });

  it('writes the same header and claims as the jose service', async () => {
    const { jose, fast } = services();
    const decode = (token: string) =>
      token
        .split('.')
        .slice(0, 2)
        .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()) as Record<string, unknown>);
    const [joseHeader, joseClaims] = decode((await jose.issuePair(subject, 's')).access);
    const [fastHeader, fastClaims] = decode((await fast.issuePair(subject, 's')).access);
    expect(fastHeader).toEqual(joseHeader);
    expect({ ...fastClaims, jti: 'x' }).toEqual({ ...joseClaims, jti: 'x' });
  });

  it('answers every token the way the jose service does', async () => {
    const { clock, jose, fast } = services();
    const now = clock.now();
    const good = { token_type: 'access', sub: '42', jti: 'j1' };
    const cases: [string, string, 'access' | 'refresh'][] = [
      ['a forged token of the right secret', await forge(good, now), 'access'],
      ['an access token as a refresh', await forge(good, now), 'refresh'],
      ['another secret', await forge(good, now, { secret: 'another-secret' }), 'access'],
      ['HS512 with the right secret', await forge(good, now, { alg: 'HS512' }), 'access'],
      ['no jti', await forge({ token_type: 'access', sub: '42' }, now), 'access'],
      ['no sub', await forge({ token_type: 'access', jti: 'j' }, now), 'access'],
      ['a non-integer sub', await forge({ ...good, sub: 'abc' }, now), 'access'],
      ['no exp', await forge({ ...good, exp: undefined }, now), 'access'],
      ['a text exp', await forge({ ...good, exp: 'soon' }, now), 'access'],
      ['a future nbf', await forge({ ...good, nbf: Math.floor(now.getTime() / 1000) + 60 }, now), 'access'],
      ['a text iat', await forge({ ...good, iat: 'then' }, now), 'access'],
      ['a fractional pwv', await forge({ ...good, pwv: 1.5 }, now), 'access'],
      ['no sid (its own session)', await forge(good, now), 'access'],
      ['garbage', 'not.a.token', 'access'],
      [
        'alg none',
        `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify({ ...good, exp: 9e9 })).toString('base64url')}.`,
        'access',
      ],
    ];
    for (const [, token, type] of cases) {
      const [byJose, byFast] = await Promise.all([jose.verify(token, type), fast.verify(token, type)]);
      expect(byFast).toEqual(byJose);
    }
    // A sanity check that the table holds both answers.
    expect(await fast.verify(cases[0]?.[1] ?? '', 'access')).not.toBeNull();
  });

  it('refuses a token once the core clock passes its expiry, as jose does', async () => {
    const { clock, jose, fast } = services();
    const { access } = await jose.issuePair(subject);
    clock.advance(config.accessTokenLifetimeSeconds * 1000 - 1000);
    expect(await fast.verify(access, 'access')).not.toBeNull();
    clock.advance(1000);
    expect(await fast.verify(access, 'access')).toBeNull();
    expect(await jose.verify(access, 'access')).toBeNull();
  });

  it('checks a token it has verified before for everything but its signature, and a changed copy in full', async () => {
    const { clock, fast } = services();
    const { access } = await fast.issuePair(subject);
    expect(await fast.verify(access, 'access')).not.toBeNull();
    // Remembered: the same token is still of the wrong type for a refresh.
    expect(await fast.verify(access, 'refresh')).toBeNull();
    const [header = '', payload = '', signature = ''] = access.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const raised = Buffer.from(JSON.stringify({ ...claims, sub: '1' })).toString('base64url');
    expect(await fast.verify(`${header}.${raised}.${signature}`, 'access')).toBeNull();
    clock.advance(config.accessTokenLifetimeSeconds * 1000);
    expect(await fast.verify(access, 'access')).toBeNull();
  });
});
