import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type RunningMockServer } from '../../cli/mock-server.js';
import { startServer, type RunningServer } from '../../server/http/start-server.js';
import { signUp } from '../support/factories.js';
import { httpTarget } from '../targets/http-target.js';
import { createTestServices } from '../targets/in-process-services.js';
import { rawRequest } from './raw-request.js';

/** A signed-in user's header, and two subjects so the first page has a `next` link. */
async function pagedList(server: RunningServer, services: ReturnType<typeof createTestServices>) {
  const target = httpTarget({
    name: 'host-header',
    url: server.url,
    clock: services.clock,
    services,
    dropChatConnections: () => 0,
    close: () => Promise.resolve(),
  });
  const { client } = await signUp(target);
  await target.addSubject({ code: 'MATH', name_en: 'Mathematics' });
  await target.addSubject({ code: 'PHYS', name_en: 'Physics' });
  return { authorization: `Bearer ${client.tokens.get()?.access ?? ''}` };
}

const nextLink = (body: string) => (JSON.parse(body) as { next: string | null }).next;

describe('page links and the Host header', () => {
  let server: RunningServer;
  let headers: { authorization: string };
  beforeAll(async () => {
    const services = createTestServices();
    server = await startServer({ ...services, port: 0 });
    headers = await pagedList(server, services);
  });
  afterAll(() => server.close());

  it('refuses a Host that is not allowed with 400, as Django does, instead of writing it into links', async () => {
    const answer = await rawRequest(server.url, {
      path: '/api/subjects/?page_size=1',
      headers: { ...headers, host: 'evil.example' },
    });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toEqual({
      detail:
        "Invalid HTTP_HOST header: 'evil.example'. You may need to add 'evil.example' to ALLOWED_HOSTS or set PUBLIC_URL.",
    });
  });

  it('builds links from localhost with no setting', async () => {
    const port = new URL(server.url).port;
    const answer = await rawRequest(server.url, {
      path: '/api/subjects/?page_size=1',
      headers: { ...headers, host: `localhost:${port}` },
    });
    expect(answer.status).toBe(200);
    expect(nextLink(answer.body)).toBe(`http://localhost:${port}/api/subjects/?page_size=1&page=2`);
  });
});

describe('PUBLIC_URL', () => {
  let server: RunningServer;
  let headers: { authorization: string };
  beforeAll(async () => {
    const services = createTestServices();
    server = await startServer({ ...services, port: 0, http: { publicUrl: 'https://api.example.com' } });
    headers = await pagedList(server, services);
  });
  afterAll(() => server.close());

  it('builds every link from the public URL, whatever the Host header says', async () => {
    const answer = await rawRequest(server.url, {
      path: '/api/subjects/?page_size=1',
      headers: { ...headers, host: 'evil.example' },
    });
    expect(answer.status).toBe(200);
    expect(nextLink(answer.body)).toBe('https://api.example.com/api/subjects/?page_size=1&page=2');
  });
});

describe('TRUST_PROXY behind a TLS-terminating load balancer', () => {
  const servers: RunningServer[] = [];
  afterAll(async () => {
    for (const server of servers) await server.close();
  });
  async function linkBehindProxy(trustProxy?: number) {
    const services = createTestServices();
    const server = await startServer({ ...services, port: 0, http: trustProxy ? { trustProxy } : {} });
    servers.push(server);
    const headers = await pagedList(server, services);
    const answer = await rawRequest(server.url, {
      path: '/api/subjects/?page_size=1',
      headers: { ...headers, host: 'localhost', 'x-forwarded-proto': 'https' },
    });
    expect(answer.status).toBe(200);
    return nextLink(answer.body);
  }

  it('links take the scheme the client used (X-Forwarded-Proto) when the proxy is trusted', async () => {
    expect(await linkBehindProxy(1)).toBe('https://localhost/api/subjects/?page_size=1&page=2');
  });

  it('ignores X-Forwarded-Proto by default: anyone could send it', async () => {
    expect(await linkBehindProxy()).toBe('http://localhost/api/subjects/?page_size=1&page=2');
  });
});

const MALFORMED_HOSTS = [
  '127.0.0.1:1@evil.example',
  '[',
  'a b',
  'x:y:z',
  'localhost:abc',
  'evil.example:99999',
];

describe('a malformed Host header', () => {
  let server: RunningServer;
  let mock: RunningMockServer;
  beforeAll(async () => {
    server = await startServer({ ...createTestServices(), port: 0, http: { allowedHosts: 'any' } });
    mock = await startMockServer({ ...createTestServices(), world: false, port: 0 });
  });
  afterAll(async () => {
    await server.close();
    await mock.close();
  });

  it.each(MALFORMED_HOSTS)('is a 400 on the server even when any host is allowed: %s', async (host) => {
    const answer = await rawRequest(server.url, { path: '/api/sessions/', headers: { host } });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toEqual({
      detail: `Invalid HTTP_HOST header: '${host}'. The domain name provided is not valid according to RFC 1034/1035.`,
    });
  });

  it.each(MALFORMED_HOSTS)('is a 400 on the HTTP mock, which keeps serving: %s', async (host) => {
    const answer = await rawRequest(mock.url, { path: '/api/sessions/', headers: { host } });
    expect(answer.status).toBe(400);
    expect((await fetch(`${mock.url}/api/sessions/`)).status).toBe(401);
  });
});
