import { startMockServer } from '../../cli/mock-server.js';
import { httpTarget } from './http-target.js';
import { createTestServices } from './in-process-services.js';
import type { Target } from './target.js';

/** The HTTP mock server (the MSW handlers through @mswjs/http-middleware), on a random 127.0.0.1 port. */
export async function createMockHttpTarget(): Promise<Target> {
  const services = createTestServices();
  const running = await startMockServer({ ...services, world: false, port: 0 });
  return httpTarget({
    name: 'mock-http',
    url: running.url,
    clock: services.clock,
    services: running.mocks.services,
    dropChatConnections: (filter) => running.sockets.terminate(filter),
    close: () => running.close(),
  });
}
