import type { HttpHandler, WebSocketHandler } from 'msw';
import {
  createCoreRuntime,
  createPbkdf2PasswordHasher,
  createStudyMateApi,
  type ApiRequest,
  type ApiResponse,
  type CoreServices,
  type CoreServicesOptions,
  type ChatHub,
  type ChatHubOptions,
  createMemoryStore,
} from '@studymate/core';
import { createChatHandlers } from './chat.js';
import { createHandlers } from './handlers.js';
import { createControlHandlers } from './scenarios/control-handlers.js';
import { isScenarioName, SCENARIOS, type ScenarioName } from './scenarios/named-scenarios.js';
import type { WorldOptions, WorldSummary } from './world.js';

/** Password hashing in the mocks is deliberately cheap: the mocks guard no real accounts. */
export const MOCK_PBKDF2_ITERATIONS = 1_000;

export interface MockApiOptions extends Partial<CoreServicesOptions> {
  /** The generated world; `false` starts with an empty store. @default { seed: 1 } around today */
  world?: WorldOptions | false;
  /** Only intercept this origin, e.g. `http://localhost:8000`. @default every origin */
  baseUrl?: string;
  chat?: ChatHubOptions;
  /**
   * Called with each answer the API gives (not forced ones): its status and, when authenticated,
   * the caller's `userId`. The HTTP mock server's request log reads the user from it.
   */
  onAnswer?: (answer: ApiResponse) => void;
}

export interface ResetOptions {
  seed?: number;
  scenario?: ScenarioName;
}

export interface MockApi {
  /** REST handlers, the `/__mocks/` controls, then the two chat WebSocket handlers. */
  handlers: (HttpHandler | WebSocketHandler)[];
  /** Drop chat sockets server-side, as a network cut would. */
  dropChatConnections(filter?: (userId: number) => boolean): number;
  /**
   * A fresh world (the same seed gives the same world), optionally a named scenario. A number is
   * the seed: `reset(42)` is `reset({ seed: 42 })`. Without a seed, the world's own (1 by default).
   */
  reset(options?: ResetOptions | number): Promise<WorldSummary>;
  /** `reset({ scenario })`: e.g. `await mocks.use('full-session')`. */
  use(scenario: ScenarioName): Promise<WorldSummary>;
  services: CoreServices;
  /** The chat hub, for a transport of your own (the HTTP mock server puts `ws` on it). */
  chatHub: ChatHub;
  world: WorldSummary | null;
}

/** `reset`'s argument, checked: plain JavaScript callers get an error, not a silently ignored seed. */
function readResetOptions(options: ResetOptions | number): ResetOptions {
  const read = typeof options === 'number' ? { seed: options } : options;
  if (typeof read !== 'object' || read === null) {
    throw new TypeError(`mocks.reset takes a seed or { seed, scenario }, not ${typeof options}.`);
  }
  if (read.seed !== undefined && !Number.isInteger(read.seed)) {
    throw new TypeError(`mocks.reset: the seed must be an integer, not ${String(read.seed)}.`);
  }
  if (read.scenario !== undefined && !isScenarioName(read.scenario)) {
    throw new TypeError(
      `mocks.reset: no scenario "${String(read.scenario)}"; choose one of ${Object.keys(SCENARIOS).join(', ')}.`,
    );
  }
  return read;
}

/** The mock API: the server's own core over a memory store filled with a seeded world. */
export async function createMockApi(options: MockApiOptions = {}): Promise<MockApi> {
  const { world: worldOptions = {}, baseUrl, chat, onAnswer, ...serviceOptions } = options;
  const { services, chatHub } = createCoreRuntime({
    hasher: createPbkdf2PasswordHasher(MOCK_PBKDF2_ITERATIONS),
    ...serviceOptions,
    store: serviceOptions.store ?? createMemoryStore(),
    ...(chat && { chat }),
  });
  const sockets = createChatHandlers(chatHub, { ...(baseUrl && { origin: baseUrl.replace(/^http/, 'ws') }) });
  const baseWorld: WorldOptions = {
    referenceDate: new Date(services.clock.now().toISOString().slice(0, 10)),
    ...(worldOptions || {}),
  };
  const reset = async (options: ResetOptions | number = {}) => {
    const { seed, scenario = 'default' } = readResetOptions(options);
    sockets.terminate();
    // Handlers read `services.store` on every request, so swapping it swaps the world.
    services.store = createMemoryStore();
    return SCENARIOS[scenario](
      services.store,
      { ...baseWorld, ...(seed !== undefined && { seed }) },
      services.clock.now(),
    );
  };
  const world =
    worldOptions === false ? null : await SCENARIOS.default(services.store, baseWorld, services.clock.now());
  const api = createStudyMateApi(services);
  const answer = async (request: ApiRequest) => {
    const given = await api(request);
    onAnswer?.(given);
    return given;
  };
  const rest = createHandlers(answer, baseUrl ? { baseUrl } : {});
  return {
    handlers: [...createControlHandlers({ reset }, baseUrl ? { baseUrl } : {}), ...rest, ...sockets.handlers],
    dropChatConnections: (filter) => sockets.terminate(filter),
    reset,
    use: (scenario) => reset({ scenario }),
    services,
    chatHub,
    world,
  };
}
