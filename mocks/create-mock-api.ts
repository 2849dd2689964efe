import type { HttpHandler } from 'msw';
import {
  createCoreServices,
  createPbkdf2PasswordHasher,
  createStudyMateApi,
  type CoreServices,
  type CoreServicesOptions,
} from '../server/core/index.js';
import { createMemoryStore } from '../server/store/memory/create-memory-store.js';
import { createHandlers } from './handlers.js';
import { seedWorld, type WorldOptions, type WorldSummary } from './world.js';

/** Password hashing in the mocks is deliberately cheap: the mocks guard no real accounts. */
export const MOCK_PBKDF2_ITERATIONS = 1_000;

export interface MockApiOptions extends Partial<CoreServicesOptions> {
  /** The generated world; `false` starts with an empty store. @default { seed: 1 } */
  world?: WorldOptions | false;
  /** Only intercept this origin, e.g. `http://localhost:8000`. @default every origin */
  baseUrl?: string;
}

export interface MockApi {
  handlers: HttpHandler[];
  services: CoreServices;
  world: WorldSummary | null;
}

/** The mock API: the server's own core over a memory store filled with a seeded world. */
export async function createMockApi(options: MockApiOptions = {}): Promise<MockApi> {
  const { world: worldOptions = {}, baseUrl, ...serviceOptions } = options;
  const services = createCoreServices({
    hasher: createPbkdf2PasswordHasher(MOCK_PBKDF2_ITERATIONS),
    ...serviceOptions,
    store: serviceOptions.store ?? createMemoryStore(),
  });
  const world =
    worldOptions === false ? null : await seedWorld(services.store, services.hasher, worldOptions);
  const handlers = createHandlers(createStudyMateApi(services), baseUrl ? { baseUrl } : {});
  return { handlers, services, world };
}
