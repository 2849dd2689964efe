import WebSocket from 'ws';
import { startServer } from '../../server/http/start-server.js';
import { createClient, type WebSocketConstructor } from '../../sdk/index.js';
import { backOffice, createTestServices } from './in-process-services.js';
import { TEST_JWT_SECRET, type Target } from './target.js';

/** The Express reference server on the memory store, on a random 127.0.0.1 port; the SDK chats over `ws`. */
export async function createServerMemoryTarget(): Promise<Target> {
  const services = createTestServices();
  const running = await startServer({ ...services, port: 0, host: '127.0.0.1' });
  return {
    name: 'server-memory',
    baseUrl: running.url,
    socketOrigin: running.url.replace(/^http/, 'ws'),
    clock: services.clock,
    jwtSecret: TEST_JWT_SECRET,
    client: (options) =>
      createClient({
        baseUrl: running.url,
        now: () => services.clock.now().getTime(),
        ...options,
        chat: { WebSocket: WebSocket as unknown as WebSocketConstructor, ...options?.chat },
      }),
    dropChatConnections: (filter) => running.sockets.terminate(filter),
    ...backOffice(services),
    close: () => running.close(),
  };
}
