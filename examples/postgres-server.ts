/**
 * Backend developer: the reference server on the Postgres store. With DATABASE_URL it uses that
 * server; without it, PGlite (embedded Postgres) persisted in ./.data/example, so the data
 * survives a restart. Migrations run on open. `npx tsx examples/postgres-server.ts`.
 */
import { pathToFileURL } from 'node:url';
import { createCoreServices, openPostgresStore, startServer } from '@studymate/server';

export async function startPostgresServer(options: {
  databaseUrl?: string;
  dataDir?: string;
  port?: number;
}) {
  const opened = await openPostgresStore({ databaseUrl: options.databaseUrl, dataDir: options.dataDir });
  const services = createCoreServices({ store: opened.store });
  const running = await startServer({ ...services, port: options.port ?? 0 });
  return {
    url: running.url,
    location: opened.location,
    close: async () => {
      await running.close();
      await opened.close();
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const server = await startPostgresServer({
    databaseUrl: process.env['DATABASE_URL'],
    dataDir: '.data/example',
    port: Number(process.env['PORT'] ?? 8000),
  });
  console.info(`Listening on ${server.url}, data in ${server.location}; Ctrl+C to stop`);
}
