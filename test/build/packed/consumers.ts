/**
 * What a user writes against each published entry: a module type-checked in a fresh project (as ESM
 * and as CommonJS), and a smoke run of the built code (imported and required).
 */
import { browserAssets } from '../../../server/http/docs/browser-assets.js';

export interface Consumer {
  /** The import specifier, e.g. `@studymate/mocks/browser`. */
  specifier: string;
  /**
   * `browser`: the DOM library and no @types/node; `node`: @types/node and no DOM library;
   * `node-with-dom`: both, as the Node tests of a web app have (msw's types need the DOM
   * library even under Node: mswjs/msw#1836).
   */
  environment: 'browser' | 'node' | 'node-with-dom';
  /** A module using the entry's main exports (no top-level await: it is checked as CommonJS too). */
  types: string;
  /** Statements run with the entry as `entry` and `assert` (node:assert/strict), in an async function. */
  smoke: string;
  /** Packages the consumer installs beside the entry (its optional peers), at the root's versions. */
  alongside?: string[];
}

/** The URLs of the browser files the docs pages load, e.g. `/api/redoc/redoc.standalone.js`. */
const docsAssetPaths = browserAssets.flatMap(({ route, files }) =>
  Object.keys(files).map((name) => route + name),
);

export const consumers: Consumer[] = [
  {
    specifier: '@studymate/contract',
    environment: 'browser',
    types: `
import { ChatSocketPaths, contract, LoginRequestSchema, type Contract, type LoginRequest } from '@studymate/contract';

export const routes: Contract = contract;
export const login: LoginRequest = LoginRequestSchema.parse({ email: 'a@example.com', password: 'secret' });
export const loginPath: string = contract.auth.login.path;
export const groupRoom: string = ChatSocketPaths.group(7);
`,
    smoke: `
assert.equal(entry.contract.auth.login.method, 'POST');
assert.equal(entry.LoginRequestSchema.safeParse({ email: 'a@example.com', password: 'secret' }).success, true);
`,
  },
  {
    specifier: '@studymate/core',
    environment: 'browser',
    types: `
import {
  createCoreServices,
  createMemoryStore,
  createStudyMateApi,
  silentLogger,
  type ApiResponse,
  type CoreServices,
  type Store,
} from '@studymate/core';

const store: Store = createMemoryStore();
export const services: CoreServices = createCoreServices({ store, logger: silentLogger });
export function listSubjects(): Promise<ApiResponse> {
  return createStudyMateApi(services)({ method: 'GET', url: 'http://localhost/api/subjects/' });
}
`,
    smoke: `
const services = entry.createCoreServices({ store: entry.createMemoryStore(), logger: entry.silentLogger });
// No token: the dispatcher routes the request, authenticates, and answers the contract's 401.
const response = await entry.createStudyMateApi(services)({ method: 'GET', url: 'http://localhost/api/subjects/' });
assert.equal(response.status, 401);
assert.equal(typeof response.body.detail, 'string');
`,
  },
  {
    specifier: '@studymate/sdk',
    environment: 'browser',
    types: `
import {
  ChatSendError,
  contract,
  createClient,
  createClientFor,
  createWebStorageTokenStore,
  type ChatState,
  type StudyMateClient,
  type User,
} from '@studymate/sdk';

const client: StudyMateClient = createClient({
  baseUrl: 'http://localhost:8000',
  tokens: createWebStorageTokenStore(localStorage),
});
export const generic = createClientFor(contract, { baseUrl: 'http://localhost:8000' });

export async function signIn(email: string, password: string): Promise<User | string> {
  const login = await client.auth.login({ body: { email, password } });
  if (login.status === 401) return login.body.detail;
  if (login.status !== 200) return 'refused';
  const chat = client.chat.direct(1, { lastMessageId: 0 });
  chat.on('state', (state: ChatState) => state);
  chat.on('message', (message) => message.content);
  await chat.send('Hello!').catch((error: unknown) => error instanceof ChatSendError);
  chat.close();
  return login.body.user;
}
`,
    smoke: `
const fetch = async () =>
  new Response(JSON.stringify({ detail: 'No active account found with the given credentials' }), {
    status: 401,
    headers: { 'content-type': 'application/json' },
  });
const client = entry.createClient({ baseUrl: 'http://localhost:8000', fetch });
const login = await client.auth.login({ body: { email: 'a@example.com', password: 'secret' } });
assert.equal(login.status, 401);
assert.equal(typeof client.chat.group, 'function');
`,
  },
  {
    specifier: '@studymate/sdk/react-query',
    environment: 'browser',
    alongside: ['@tanstack/react-query', 'react', '@types/react'],
    types: `
import { QueryClient } from '@tanstack/react-query';
import { createClient, type Contract } from '@studymate/sdk';
import { ApiResponseError, createQueries, type RouteData } from '@studymate/sdk/react-query';

const api = createQueries(createClient({ baseUrl: 'http://localhost:8000' }));
export const queryClient = new QueryClient();
export const join = api.sessions.join.mutationOptions();

export function useSessionTitles(): string[] {
  const page = api.sessions.list.useQuery({ query: { page: 1 } });
  if (page.error instanceof ApiResponseError && page.error.response.status === 401) return [];
  return page.data?.results.map((session) => session.title) ?? [];
}
export async function profileName(): Promise<string> {
  const options = api.auth.getProfile.queryOptions();
  const user: RouteData<Contract['auth']['getProfile']> = await queryClient.fetchQuery(options);
  return user.full_name;
}
`,
    smoke: `
const { QueryClient } = await import('@tanstack/react-query');
const { createClient } = await import('@studymate/sdk');
const page = { count: 0, next: null, previous: null, results: [] };
const fetch = async () => new Response(JSON.stringify(page), { status: 200, headers: { 'content-type': 'application/json' } });
const api = entry.createQueries(createClient({ baseUrl: 'http://localhost:8000', fetch }));
const data = await new QueryClient().fetchQuery(api.sessions.list.queryOptions());
assert.deepEqual(data, page);
assert.deepEqual(api.sessions.list.queryKey(), ['studymate', 'sessions', 'list', {}]);
`,
  },
  {
    specifier: '@studymate/mocks',
    environment: 'node-with-dom',
    types: `
import { DEMO_LOGINS, setupMockServer, type MockApi } from '@studymate/mocks';

export async function withMocks(run: (api: MockApi) => Promise<void>): Promise<string> {
  const { server, ...api } = await setupMockServer({ world: { seed: 42 } });
  server.listen({ onUnhandledRequest: 'error' });
  await run(api);
  server.close();
  return DEMO_LOGINS.student.email;
}
`,
    smoke: `
const { server } = await entry.setupMockServer({ world: { seed: 42 } });
server.listen({ onUnhandledRequest: 'error' });
const { email, password } = entry.DEMO_LOGINS.student;
const response = await fetch('http://localhost:8000/api/auth/login/', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email, password }),
});
server.close();
assert.equal(response.status, 200);
`,
  },
  {
    specifier: '@studymate/mocks/browser',
    environment: 'browser',
    types: `
import { DEMO_LOGINS, startMockWorker } from '@studymate/mocks/browser';

export async function startMocks(): Promise<string> {
  const { worker } = await startMockWorker({ baseUrl: 'http://localhost:8000', world: { seed: 1 } });
  worker.stop();
  return DEMO_LOGINS.staff.email;
}
`,
    // A service worker needs a browser: here the entry is loaded, and bundled for the browser apart.
    smoke: `
assert.equal(typeof entry.startMockWorker, 'function');
assert.equal(typeof entry.createMockApi, 'function');
`,
  },
  {
    specifier: '@studymate/server',
    environment: 'node',
    types: `
import {
  createApp,
  createCoreServices,
  createMemoryStore,
  openPostgresStore,
  startServer,
  type RunningServer,
} from '@studymate/server';

export const app = createApp(createCoreServices({ store: createMemoryStore() }));
export async function start(): Promise<RunningServer> {
  const { store } = await openPostgresStore({ dataDir: '.data/postgres' });
  return startServer({ ...createCoreServices({ store }), port: 0 });
}
`,
    // The docs pages and every browser file they load, served from the files the tarball ships (the
    // packages they come from are not installed).
    smoke: `
const services = entry.createCoreServices({ store: entry.createMemoryStore(), logger: entry.silentLogger });
const running = await entry.startServer({ ...services, port: 0 });
try {
  for (const path of ['/api/schema/', '/api/asyncapi.json', '/api/docs/', '/api/redoc/', '/api/asyncapi/']) {
    assert.equal((await fetch(running.url + path)).status, 200, path);
  }
  for (const path of ${JSON.stringify(docsAssetPaths)}) {
    const response = await fetch(running.url + path);
    assert.equal(response.status, 200, path);
    assert.ok((await response.arrayBuffer()).byteLength > 500, path);
  }
  const redoc = await (await fetch(running.url + '/api/redoc/redoc.standalone.js')).text();
  assert.ok(redoc.includes('API docs by Redocly') && !redoc.includes('cdn.redoc.ly'));
} finally {
  await running.close();
}
`,
  },
];
