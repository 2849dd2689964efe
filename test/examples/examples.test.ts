import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedServer } from '../../examples/embedded-server.js';
import { startPostgresServer } from '../../examples/postgres-server.js';
import { signInAgainstTheMocks } from '../../examples/mocks-in-node.js';
import { signInAndShareLocation } from '../../examples/sdk-sign-in.js';
import { seedWorld } from '../../mocks/index.js';
import { contract } from '../../contract/index.js';
import {
  createCoreServices,
  createMemoryStore,
  listRoutesBySpecificity,
  silentLogger,
  startServer,
} from '../../server/index.js';

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers) await close();
});

describe('examples/', () => {
  it('mocks-in-node signs the demo student in and refuses a wrong password', async () => {
    const result = await signInAgainstTheMocks();
    expect(result).toEqual({
      signedIn: 200,
      wrongPassword: 401,
      body: { detail: 'No active account found with the given credentials' },
    });
  });

  it('embedded-server serves the API and its OpenAPI document with every operation of the contract', async () => {
    const { running, documentedPaths } = await startEmbeddedServer();
    closers.push(() => running.close());
    const routes = listRoutesBySpecificity(contract);
    const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');
    expect(documentedPaths).toBe(new Set(routes.map((route) => openApiPath(route.path))).size);
    const served = await fetch(`${running.url}/api/schema/`);
    expect(served.status).toBe(200);
    const document = (await served.json()) as { paths: Record<string, Record<string, unknown>> };
    const missing = routes
      .map((route) => `${route.method} ${openApiPath(route.path)}`)
      .filter((operation) => {
        const [method = '', path = ''] = operation.split(' ');
        return document.paths[path]?.[method.toLowerCase()] === undefined;
      });
    expect(missing).toEqual([]);
    const documentedOperations = Object.values(document.paths).flatMap((operations) =>
      Object.keys(operations).filter((key) => ['get', 'post', 'put', 'patch', 'delete'].includes(key)),
    );
    expect(documentedOperations).toHaveLength(routes.length);
  });

  it('postgres-server serves the API on the Postgres store (PGlite in memory here)', async () => {
    const server = await startPostgresServer({});
    closers.push(() => server.close());
    expect(server.location).toBe('PGlite in memory');
    const registered = await fetch(`${server.url}/api/auth/register/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'pg@example.com',
        password: 'example-pass-1',
        password_confirm: 'example-pass-1',
      }),
    });
    expect(registered.status).toBe(201);
  }, 60_000);

  it('sdk-sign-in signs in to a server with the demo world and shares a location', async () => {
    const services = createCoreServices({ store: createMemoryStore(), logger: silentLogger });
    await seedWorld(services.store, { users: 2 });
    const running = await startServer({ ...services, port: 0 });
    closers.push(() => running.close());
    const result = await signInAndShareLocation(running.url);
    expect(result).toEqual({ name: 'Sam Student', savedToHistory: true });
  });
});
