import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStaffUser } from '../../core/index.js';
import { DEMO_LOGINS } from '../../mocks/index.js';
import { startMockServer } from '../../cli/mock-server.js';
import { createLogger, type CreateLoggerOptions } from '../../server/logging/create-logger.js';
import { startServer } from '../../server/http/start-server.js';
import { createTestServices } from '../targets/in-process-services.js';

/** One line per request on both servers: method, path, status, duration, user id. */

/** A logger writing into an array, one entry per line. */
function capturedLogger(options: CreateLoggerOptions = {}) {
  const lines: string[] = [];
  const destination = { write: (text: string) => lines.push(...text.split('\n').filter(Boolean)) };
  return { lines, logger: createLogger({ ...options, destination }) };
}

const EMAIL = 'ops@example.com';
const PASSWORD = 'change-me-please';

async function signIn(url: string, email: string, password: string): Promise<{ id: number; access: string }> {
  const answer = await fetch(`${url}/api/auth/login/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await answer.json()) as { user: { id: number }; tokens: { access: string } };
  return { id: body.user.id, access: body.tokens.access };
}

/** Waits until the request's line is written: it is written once the answer has gone out. */
async function linesAfter(lines: string[], count: number): Promise<string[]> {
  await vi.waitFor(() => expect(lines.length).toBeGreaterThanOrEqual(count));
  return lines;
}

async function referenceServer(options: CreateLoggerOptions) {
  const services = createTestServices();
  await createStaffUser({ email: EMAIL, password: PASSWORD }, services);
  const { lines, logger } = capturedLogger(options);
  const server = await startServer({ ...services, port: 0, requestLogger: logger });
  return { lines, server };
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  vi.unstubAllEnvs();
  for (const close of closers.splice(0)) await close();
});

describe('the request log of the reference server', () => {
  it('writes exactly one JSON line per request, with method, path without its query, status, duration and user id', async () => {
    const { lines, server } = await referenceServer({ format: 'json' });
    closers.push(() => server.close());
    const user = await signIn(server.url, EMAIL, PASSWORD);
    await fetch(`${server.url}/api/subjects/?search=secret-place`, {
      headers: { authorization: `Bearer ${user.access}` },
    });
    await linesAfter(lines, 2);
    expect(lines).toHaveLength(2);
    const [login, list] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(login).toMatchObject({
      level: 30,
      req: { method: 'POST', url: '/api/auth/login/' },
      res: { statusCode: 200 },
    });
    // The sign-in route is public: no caller yet.
    expect(login).not.toHaveProperty('userId');
    expect(list).toMatchObject({
      level: 30,
      req: { method: 'GET', url: '/api/subjects/' },
      res: { statusCode: 200 },
      responseTime: expect.any(Number) as unknown,
      userId: user.id,
      msg: expect.stringMatching(new RegExp(`^GET /api/subjects/ 200 \\d+ ms user ${user.id}$`)) as unknown,
    });
    expect(lines.join('\n')).not.toContain('secret-place');
  });

  it('logs a refusal at warn, without a caller when authentication failed', async () => {
    const { lines, server } = await referenceServer({ format: 'json' });
    closers.push(() => server.close());
    await fetch(`${server.url}/api/auth/profile/`, { headers: { authorization: 'Bearer nonsense' } });
    await linesAfter(lines, 1);
    const [refused] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(refused).toMatchObject({ level: 40, res: { statusCode: 401 } });
    expect(refused).not.toHaveProperty('userId');
  });

  it('writes one readable line when the format is text', async () => {
    const { lines, server } = await referenceServer({ format: 'text' });
    closers.push(() => server.close());
    const user = await signIn(server.url, EMAIL, PASSWORD);
    await fetch(`${server.url}/api/auth/profile/`, { headers: { authorization: `Bearer ${user.access}` } });
    await linesAfter(lines, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(
      new RegExp(
        `^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO {2}GET /api/auth/profile/ 200 \\d+ ms user ${user.id}$`,
      ),
    );
  });

  it('leaves out the lines below its level, and writes none when silent', async () => {
    const warn = await referenceServer({ format: 'json', level: 'warn' });
    const silent = await referenceServer({ format: 'json', level: 'silent' });
    closers.push(
      () => warn.server.close(),
      () => silent.server.close(),
    );
    for (const { server } of [warn, silent]) {
      await fetch(`${server.url}/`, { redirect: 'manual' });
      await fetch(`${server.url}/api/no-such-thing/`);
    }
    await linesAfter(warn.lines, 1);
    // The requests have been answered, so their lines would have been written by now.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(warn.lines.map((line) => (JSON.parse(line) as { msg: string }).msg)).toEqual([
      expect.stringMatching(/^GET \/api\/no-such-thing\/ 404 \d+ ms$/),
    ]);
    expect(silent.lines).toEqual([]);
  });

  it('writes JSON when NODE_ENV is production and text otherwise, unless told', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const production = capturedLogger();
    production.logger.info('hello');
    vi.stubEnv('NODE_ENV', 'development');
    const development = capturedLogger();
    development.logger.info('hello');
    expect(JSON.parse(production.lines[0] ?? '')).toMatchObject({ level: 30, msg: 'hello' });
    expect(development.lines[0]).toMatch(/^\d\d:\d\d:\d\d\.\d{3} INFO {2}hello$/);
  });
});

describe('the request log of the HTTP mock server', () => {
  it('writes the same line, with the user the mocks authenticated', async () => {
    const { lines, logger } = capturedLogger({ format: 'json' });
    const running = await startMockServer({ port: 0, world: { users: 2 }, requestLogger: logger });
    closers.push(() => running.close());
    const { email, password } = DEMO_LOGINS.student;
    const user = await signIn(running.url, email, password);
    await fetch(`${running.url}/api/auth/profile/`, { headers: { authorization: `Bearer ${user.access}` } });
    // A forced answer never reaches the API: the line has its status and no user.
    await fetch(`${running.url}/api/auth/profile/`, {
      headers: { authorization: `Bearer ${user.access}`, prefer: 'code=503' },
    });
    await linesAfter(lines, 3);
    expect(lines).toHaveLength(3);
    const [login, profile, forced] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(login).toMatchObject({
      req: { method: 'POST', url: '/api/auth/login/' },
      res: { statusCode: 200 },
    });
    expect(profile).toMatchObject({
      level: 30,
      req: { method: 'GET', url: '/api/auth/profile/' },
      res: { statusCode: 200 },
      responseTime: expect.any(Number) as unknown,
      userId: user.id,
    });
    expect(forced).toMatchObject({ level: 50, res: { statusCode: 503 } });
    expect(forced).not.toHaveProperty('userId');
  });
});
