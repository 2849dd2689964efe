/**
 * Backend developer: the reference server embedded in a Node process, on the memory store,
 * with a staff user made in code. `npx tsx examples/embedded-server.ts`.
 */
import { pathToFileURL } from 'node:url';
import { createCoreServices, createMemoryStore, createStaffUser, startServer } from '@studymate/server';

export async function startEmbeddedServer(port = 0) {
  const services = createCoreServices({ store: createMemoryStore() });
  await createStaffUser({ email: 'ops@example.com', password: 'change-me-please' }, services);
  const running = await startServer({ ...services, port });
  const schema = (await (await fetch(`${running.url}/api/schema/`)).json()) as { paths: object };
  return { running, documentedPaths: Object.keys(schema.paths).length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { running, documentedPaths } = await startEmbeddedServer(Number(process.env['PORT'] ?? 8000));
  console.info(`Listening on ${running.url} with ${documentedPaths} documented paths; Ctrl+C to stop`);
}
