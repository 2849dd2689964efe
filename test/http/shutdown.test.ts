import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../core/adapters/memory-store/create-memory-store.js';
import { startServer } from '../../server/http/start-server.js';
import { createTestServices } from '../targets/in-process-services.js';

/** A store whose `users.findByEmail` (a login's first read) waits until the test lets it go. */
function storeWithHeldLogin() {
  const store = createMemoryStore();
  const findByEmail = store.users.findByEmail.bind(store.users);
  const events: string[] = [];
  let release: () => void = () => undefined;
  let entered: () => void = () => undefined;
  const enteredOnce = new Promise<void>((resolve) => (entered = resolve));
  store.users.findByEmail = async (email) => {
    entered();
    await new Promise<void>((resolve) => (release = resolve));
    events.push('store read');
    return findByEmail(email);
  };
  return { store, events, entered: enteredOnce, release: () => release() };
}

const login = (url: string, signal?: AbortSignal) =>
  fetch(`${url}/api/auth/login/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'nobody@example.com', password: 'a-password-1' }),
    signal,
  });

describe('closing the server', () => {
  it('waits for a request whose use case is still running, and answers it', async () => {
    const held = storeWithHeldLogin();
    const server = await startServer({ ...createTestServices(held.store), port: 0 });
    const answer = login(server.url);
    await held.entered;
    const closed = server.close().then(() => held.events.push('closed'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(held.events).toEqual([]);
    const released = Date.now();
    held.release();
    expect((await answer).status).toBe(401);
    await closed;
    expect(held.events).toEqual(['store read', 'closed']);
    // Its kept-alive connection is closed once it is answered, not at the 5 s cut.
    expect(Date.now() - released).toBeLessThan(2_000);
  });

  it('waits for a use case whose client has gone', async () => {
    const held = storeWithHeldLogin();
    const server = await startServer({ ...createTestServices(held.store), port: 0 });
    const client = new AbortController();
    const answer = login(server.url, client.signal).catch((error: unknown) => error);
    await held.entered;
    client.abort();
    expect(await answer).toBeInstanceOf(Error);
    const closed = server.close().then(() => held.events.push('closed'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(held.events).toEqual([]);
    held.release();
    await closed;
    expect(held.events).toEqual(['store read', 'closed']);
  });

  it('closes at once when no request is in flight', async () => {
    const server = await startServer({ ...createTestServices(), port: 0 });
    expect((await login(server.url)).status).toBe(401);
    await server.close();
  });
});
