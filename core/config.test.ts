import { describe, expect, it } from 'vitest';
import { defaultCoreConfig } from './config.js';

describe('defaultCoreConfig', () => {
  it('takes an undefined setting as its default, as `{ jwtSecret: process.env.JWT_SECRET }` gives when unset', () => {
    const config = defaultCoreConfig({ jwtSecret: undefined, maxBodyBytes: undefined });
    expect(config.jwtSecret).toMatch(/^[0-9a-f]{64}$/);
    expect(config.maxBodyBytes).toBe(1024 * 1024);
  });

  it('keeps every setting given', () => {
    expect(defaultCoreConfig({ jwtSecret: 'given', accessTokenLifetimeSeconds: 60 })).toMatchObject({
      jwtSecret: 'given',
      accessTokenLifetimeSeconds: 60,
    });
  });
});
