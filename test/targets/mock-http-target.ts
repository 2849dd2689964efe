import WebSocket from 'ws';
import { startMockServer } from '../../server/cli/mock-server.js';
import { createClient, type WebSocketConstructor } from '../../sdk/index.js';
import { backOffice, createTestServices } from './in-process-services.js';
import { TEST_JWT_SECRET, type Target } from './target.js';

/** The HTTP mock server (the MSW handlers through @mswjs/http-middleware), on a random 127.0.0.1 port. */
export async function createMockHttpTarget(): Promise<Target> {
  const services = createTestServices();
  const running = await startMockServer({ ...services, world: false, port: 0 });
  return {
    name: 'mock-http',
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
    ...backOffice(running.mocks.services),
    close: () => running.close(),
  };
}
