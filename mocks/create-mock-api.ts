import type { HttpHandler, WebSocketHandler } from 'msw';
import {
  createCoreServices,
  createPbkdf2PasswordHasher,
  createStudyMateApi,
  type CoreServices,
  type CoreServicesOptions,
} from '../server/core/index.js';
import { createChatHub, type ChatHubOptions } from '../server/realtime/chat-hub.js';
import { createPresenceTracker } from '../server/realtime/presence-tracker.js';
import { createMemoryStore } from '../server/store/memory/create-memory-store.js';
import { createChatHandlers } from './chat.js';
import { createHandlers } from './handlers.js';
import { seedWorld, type WorldOptions, type WorldSummary } from './world.js';

/** Password hashing in the mocks is deliberately cheap: the mocks guard no real accounts. */
export const MOCK_PBKDF2_ITERATIONS = 1_000;

export interface MockApiOptions extends Partial<CoreServicesOptions> {
  /** The generated world; `false` starts with an empty store. @default { seed: 1 } */
  world?: WorldOptions | false;
  /** Only intercept this origin, e.g. `http://localhost:8000`. @default every origin */
  baseUrl?: string;
  chat?: ChatHubOptions;
}

export interface MockApi {
  /** REST handlers, then the two chat WebSocket handlers. */
  handlers: (HttpHandler | WebSocketHandler)[];
  /** Drop chat sockets server-side, as a network cut would. */
  dropChatConnections(filter?: (userId: number) => boolean): number;
  services: CoreServices;
  world: WorldSummary | null;
}

/** The mock API: the server's own core over a memory store filled with a seeded world. */
export async function createMockApi(options: MockApiOptions = {}): Promise<MockApi> {
  const { world: worldOptions = {}, baseUrl, chat, ...serviceOptions } = options;
  const presence = createPresenceTracker();
  const services = createCoreServices({
    hasher: createPbkdf2PasswordHasher(MOCK_PBKDF2_ITERATIONS),
    ...serviceOptions,
    presence,
    store: serviceOptions.store ?? createMemoryStore(),
  });
  const world = worldOptions === false ? null : await seedWorld(services.store, worldOptions);
  const rest = createHandlers(createStudyMateApi(services), baseUrl ? { baseUrl } : {});
  const sockets = createChatHandlers(createChatHub(services, { presence, options: chat ?? {} }), {
    ...(baseUrl && { origin: baseUrl.replace(/^http/, 'ws') }),
  });
  return {
    handlers: [...rest, ...sockets.handlers],
    dropChatConnections: (filter) => sockets.terminate(filter),
    services,
    world,
  };
}
