import { DEMO_LOGINS } from '@studymate/mocks';
import { commandLogger } from './command-logger.js';
import { httpOptionsFromEnvironment } from './http-environment.js';
import { listenFailure } from './listen-failure.js';
import { startMockServer } from './mock-server.js';
import type { MOCK_COMMAND } from './options/mock-command.js';
import type { OptionValues } from './options/option-table.js';
import { closeOnSignals } from './run-command.js';

/**
 * `studymate-mock`'s options as cli/mock.ts read them. This file (and with it the mocks, the
 * server's HTTP edge and Express) is imported only after, so `--help` answers without it.
 */
type MockOptions = OptionValues<typeof MOCK_COMMAND.options>;

/** Starts the mock API over HTTP and says where, with the demo logins and the controls. */
export async function serveMock(options: MockOptions): Promise<void> {
  const { port, host, seed, 'log-level': level } = options;
  const { logger, requestLogger } = commandLogger(level);
  const running = await startMockServer({
    port,
    host,
    world: { seed },
    logger,
    requestLogger,
    http: httpOptionsFromEnvironment(),
  }).catch((error: unknown) => {
    throw listenFailure(error, { host, port });
  });
  const world = running.mocks.world;
  console.info(
    `Study Mate mock API on ${running.url} (${world?.users ?? 0} users, ${world?.sessions ?? 0} sessions, ${world?.groups ?? 0} groups)`,
  );
  console.info(
    `API docs: ${running.url}/api/docs/  Controls: GET ${running.url}/__mocks/scenarios, POST ${running.url}/__mocks/reset`,
  );
  console.info(
    'Force a declared status, a 5xx or a 429 with `Prefer: code=404` (`code=503`, `code=429`); add `delay=300` or `network-error`.',
  );
  for (const [role, login] of Object.entries(DEMO_LOGINS))
    console.info(`Demo ${role}: ${login.email} / ${login.password}`);
  closeOnSignals(() => running.close());
}
