import { setupWorker, type SetupWorker } from 'msw/browser';
import { createMockApi, type MockApi, type MockApiOptions } from './create-mock-api.js';

export { createMockApi, type MockApi, type MockApiOptions, type ResetOptions } from './create-mock-api.js';
export { DEMO_LOGINS, GENERATED_USER_PASSWORD, type WorldOptions } from './world.js';

/**
 * Starts MSW's service worker with the mock API (run `npx msw init public/` once first).
 * @example
 * await startMockWorker();
 * // then render the app: fetches to /api/... are answered by the mocks
 */
export async function startMockWorker(
  options: MockApiOptions & { start?: Parameters<SetupWorker['start']>[0] } = {},
): Promise<MockApi & { worker: SetupWorker }> {
  const { start, ...apiOptions } = options;
  const api = await createMockApi(apiOptions);
  const worker = setupWorker(...api.handlers);
  await worker.start({ onUnhandledRequest: 'bypass', ...start });
  return { ...api, worker };
}
