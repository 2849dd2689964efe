import { setupServer } from 'msw/node';
import { createMockApi } from '../../mocks/index.js';
import { createClient } from '../../sdk/index.js';
import { backOffice, createTestServices } from './in-process-services.js';
import { TEST_JWT_SECRET, type Target } from './target.js';

/** The MSW handlers in process: the SDK's fetch and the global WebSocket are intercepted, nothing listens. */
export async function createMswTarget(): Promise<Target> {
  const services = createTestServices();
  const baseUrl = 'http://studymate.test';
  const api = await createMockApi({ ...services, world: false, baseUrl });
  const server = setupServer(...api.handlers);
  server.listen({ onUnhandledRequest: 'error' });
  return {
    name: 'msw',
    baseUrl,
    socketOrigin: 'ws://studymate.test',
    clock: services.clock,
    jwtSecret: TEST_JWT_SECRET,
    client: (options) => createClient({ baseUrl, now: () => services.clock.now().getTime(), ...options }),
    dropChatConnections: (filter) => api.dropChatConnections(filter),
    ...backOffice(api.services),
    close: () => {
      server.close();
      return Promise.resolve();
    },
  };
}
