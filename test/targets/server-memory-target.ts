import { startServer } from '../../server/http/start-server.js';
import { httpTarget } from './http-target.js';
import { createTestServices } from './in-process-services.js';
import type { Target } from './target.js';

/** The Express reference server on the memory store, on a random 127.0.0.1 port; the SDK chats over `ws`. */
export async function createServerMemoryTarget(): Promise<Target> {
  const services = createTestServices();
  // The server's own token service (fast-jwt), on the same secret and clock.
  const running = await startServer({ ...services, tokens: undefined, port: 0, host: '127.0.0.1' });
  return httpTarget({
    name: 'server-memory',
    url: running.url,
    clock: services.clock,
    services,
    dropChatConnections: (filter) => running.sockets.terminate(filter),
    close: () => running.close(),
  });
}
