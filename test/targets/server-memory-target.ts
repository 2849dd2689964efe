import { startServer } from '../../server/http/start-server.js';
import { createClient } from '../../sdk/index.js';
import { backOffice, createTestServices } from './in-process-services.js';
import { TEST_JWT_SECRET, type Target } from './target.js';

/** The Express reference server on the memory store, on a random 127.0.0.1 port. */
export async function createServerMemoryTarget(): Promise<Target> {
  const services = createTestServices();
  const running = await startServer({ ...services, port: 0, host: '127.0.0.1' });
  return {
    name: 'server-memory',
    baseUrl: running.url,
    clock: services.clock,
    jwtSecret: TEST_JWT_SECRET,
    client: (options) => createClient({ baseUrl: running.url, ...options }),
    ...backOffice(services),
    close: () => running.close(),
  };
}
