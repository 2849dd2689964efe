import { describe, expect, it } from 'vitest';
import { createClient } from '../../sdk/index.js';
import { killAndProveDead, startServerProcess } from '../support/child-processes.js';

/**
 * The demo world's accounts have published passwords (a staff one among them): a production
 * server gets none unless asked for.
 */
describe('the demo world and NODE_ENV=production', { timeout: 120_000 }, () => {
  async function demoLoginOn(env: Record<string, string>) {
    const server = await startServerProcess({ STORE: 'memory', REDIS_URL: '', LOG_LEVEL: 'silent', ...env });
    try {
      const login = await createClient({ baseUrl: server.url }).auth.login({
        body: { email: 'staff@studymate.dev', password: 'studymate123' },
      });
      return { status: login.status, output: server.child.output() };
    } finally {
      await killAndProveDead(server.child, server.port);
    }
  }

  it('a production server starts without the demo accounts, and says so', async () => {
    const { status, output } = await demoLoginOn({ NODE_ENV: 'production' });
    expect(status).toBe(401);
    expect(output).toContain('no demo world');
    expect(output).not.toContain('studymate123');
  });

  it('DEMO_WORLD=on brings them back in production; elsewhere they are the default', async () => {
    expect((await demoLoginOn({ NODE_ENV: 'production', DEMO_WORLD: 'on' })).status).toBe(200);
    expect((await demoLoginOn({})).status).toBe(200);
  });
});
