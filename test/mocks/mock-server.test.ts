import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOGINS } from '../../mocks/index.js';
import { startMockServer, type RunningMockServer } from '../../cli/mock-server.js';

const referenceDate = new Date('2026-03-02T00:00:00Z');

describe('the HTTP mock server', () => {
  let running: RunningMockServer;
  beforeAll(async () => {
    running = await startMockServer({ port: 0, world: { seed: 2, users: 4, referenceDate } });
  });
  afterAll(() => running.close());

  it('serves the world, the controls and the docs over HTTP', async () => {
    const login = await fetch(`${running.url}/api/auth/login/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: DEMO_LOGINS.student.email, password: DEMO_LOGINS.student.password }),
    });
    expect(login.status).toBe(200);
    const forced = await fetch(`${running.url}/api/groups/1/`, { headers: { prefer: 'code=404' } });
    expect(forced.status).toBe(404);
    expect((await fetch(`${running.url}/api/docs/`)).status).toBe(200);
    expect((await fetch(`${running.url}/__mocks/scenarios`)).status).toBe(200);
  });

  it('drops the connection for network-error', async () => {
    await expect(
      fetch(`${running.url}/api/auth/profile/`, { headers: { prefer: 'network-error' } }),
    ).rejects.toThrow();
  });
});
