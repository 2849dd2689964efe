import { startServer } from '../../server/http/start-server.js';
import { createPostgresStore } from '../../server/postgres/create-postgres-store.js';
import { observeQueries, type QueryListener } from '../../server/postgres/database.js';
import { createUserCache } from '../../server/postgres/user-cache.js';
import { listenForUserChanges, listenOnDatabase } from '../../server/postgres/user-change-notices.js';
import { httpTarget } from './http-target.js';
import { createTestServices } from './in-process-services.js';
import { openTestDatabase, type PostgresDriver } from './postgres-databases.js';
import type { Target } from './target.js';

/**
 * The Express reference server on the Postgres store: PGlite in process, or the server at
 * DATABASE_URL. `onQuery` hears every SQL statement the store runs. Users read by id are kept in
 * memory as `openPostgresStore` keeps them: on the server, forgotten on its change notices.
 */
export async function createServerPostgresTarget(
  driver: PostgresDriver,
  onQuery?: QueryListener,
): Promise<Target> {
  const testDatabase = await openTestDatabase(driver);
  const database = onQuery ? observeQueries(testDatabase.database, onQuery) : testDatabase.database;
  const userCache = createUserCache({ suspended: true });
  const notices = testDatabase.server
    ? await listenForUserChanges(userCache, testDatabase.server)
    : await listenOnDatabase(userCache, testDatabase.database);
  const services = createTestServices(createPostgresStore(database, { userCache }));
  // The server's own token service (fast-jwt), on the same secret and clock.
  const running = await startServer({ ...services, tokens: undefined, port: 0, host: '127.0.0.1' });
  return httpTarget({
    name: driver === 'pg' ? 'server-postgres' : 'server-pglite',
    url: running.url,
    clock: services.clock,
    services,
    dropChatConnections: (filter) => running.sockets.terminate(filter),
    close: async () => {
      await running.close();
      await notices?.close();
      await testDatabase.close();
    },
  });
}
