import { setupServer, type SetupServer } from 'msw/node';
import { createMockApi, type MockApi, type MockApiOptions } from './create-mock-api.js';

export {
  createMockApi,
  MOCK_PBKDF2_ITERATIONS,
  type MockApi,
  type MockApiOptions,
  type ResetOptions,
} from './create-mock-api.js';
export { createHandlers } from './handlers.js';
export { readRequestControls } from './scenarios/request-controls.js';
export {
  DEMO_LOGINS,
  GENERATED_USER_PASSWORD,
  seedWorld,
  type WorldOptions,
  type WorldSummary,
} from './world.js';

/**
 * MSW's Node server over the mock API, not yet listening: call `server.listen()`.
 * @example
 * const { server } = await setupMockServer();
 * server.listen({ onUnhandledRequest: 'error' });
 */
export async function setupMockServer(
  options: MockApiOptions = {},
): Promise<MockApi & { server: SetupServer }> {
  const api = await createMockApi(options);
  return { ...api, server: setupServer(...api.handlers) };
}
