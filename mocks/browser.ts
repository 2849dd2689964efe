import { setupWorker, type SetupWorker } from 'msw/browser';
import { createMockApi, type MockApi, type MockApiOptions } from './create-mock-api.js';
import { withPersistedSecret, type SecretStorage } from './worker-secret.js';

export { createMockApi, type MockApi, type MockApiOptions, type ResetOptions } from './create-mock-api.js';
export { DEMO_LOGINS, GENERATED_USER_PASSWORD, type WorldOptions } from './world.js';
export { WORKER_SECRET_KEY, type SecretStorage } from './worker-secret.js';

export interface MockWorkerOptions extends MockApiOptions {
  /** MSW's `worker.start()` options. @default { onUnhandledRequest: 'bypass' } */
  start?: Parameters<SetupWorker['start']>[0];
  /**
   * Where the JWT secret is kept between page loads, so a reload keeps the user signed in (the
   * tokens the app stored stay valid). `false`: a new secret on every start, so every reload signs
   * out. Not used when `config.jwtSecret` is given.
   * @default localStorage, under `studymate.mocks.jwt-secret` (WORKER_SECRET_KEY)
   */
  secretStorage?: SecretStorage | false;
}

/**
 * Starts MSW's service worker with the mock API (run `npx msw init public/ --save` once first).
 * Signed-in users stay signed in across reloads: the JWT secret is kept in `localStorage`.
 * @example
 * await startMockWorker();
 * // then render the app: fetches to /api/... are answered by the mocks
 */
export async function startMockWorker(
  options: MockWorkerOptions = {},
): Promise<MockApi & { worker: SetupWorker }> {
  const { start, secretStorage, ...apiOptions } = options;
  const api = await createMockApi(withPersistedSecret(apiOptions, secretStorage));
  const worker = setupWorker(...api.handlers);
  await worker.start({ onUnhandledRequest: 'bypass', ...start });
  return { ...api, worker };
}
