import WebSocket from 'ws';
import { startServer } from '../../server/http/start-server.js';
import { createPostgresStore } from '../../server/store/postgres/create-postgres-store.js';
import { observeQueries, type QueryListener } from '../../server/store/postgres/database.js';
import { createClient, type WebSocketConstructor } from '../../sdk/index.js';
import { backOffice, createTestServices } from './in-process-services.js';
import { openTestDatabase, type PostgresDriver } from './postgres-databases.js';
import { TEST_JWT_SECRET, type Target } from './target.js';

/**
 * The Express reference server on the Postgres store: PGlite in process, or the server at
 * DATABASE_URL. `onQuery` hears every SQL statement the store runs.
 */
export async function createServerPostgresTarget(
  driver: PostgresDriver,
  onQuery?: QueryListener,
): Promise<Target> {
  const testDatabase = await openTestDatabase(driver);
  const database = onQuery ? observeQueries(testDatabase.database, onQuery) : testDatabase.database;
  const services = createTestServices(createPostgresStore(database));
  const running = await startServer({ ...services, port: 0, host: '127.0.0.1' });
  return {
    name: driver === 'pg' ? 'server-postgres' : 'server-pglite',
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
    close: async () => {
      await running.close();
      await testDatabase.close();
    },
  };
}
