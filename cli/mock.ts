import { DEMO_LOGINS } from '@studymate/mocks';
import { httpOptionsFromEnvironment } from './http-environment.js';
import { startMockServer } from './mock-server.js';
import { closeOnSignals, runCommand } from './run-command.js';

/** `npm run mock`: the mock API over HTTP on http://127.0.0.1:9000 (PORT and HOST override), the demo world loaded. */
async function main(): Promise<void> {
  const running = await startMockServer({
    port: Number(process.env['PORT'] ?? 9000),
    host: process.env['HOST'] ?? '127.0.0.1',
    world: { seed: Number(process.env['SEED'] ?? 1) },
    http: httpOptionsFromEnvironment(),
  });
  const world = running.mocks.world;
  console.info(
    `Study Mate mock API on ${running.url} (${world?.users ?? 0} users, ${world?.sessions ?? 0} sessions, ${world?.groups ?? 0} groups)`,
  );
  console.info(
    `API docs: ${running.url}/api/docs/  Controls: GET ${running.url}/__mocks/scenarios, POST ${running.url}/__mocks/reset`,
  );
  console.info('Force any declared status with `Prefer: code=404`; add `delay=300` or `network-error`.');
  for (const [role, login] of Object.entries(DEMO_LOGINS))
    console.info(`Demo ${role}: ${login.email} / ${login.password}`);
  closeOnSignals(() => running.close());
}

runCommand(main);
