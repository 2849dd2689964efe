/**
 * One reference server for a CPU profile: `node --import tsx test/bench/profile-server.ts
 * memory|Postgres`. It seeds a user with a location and 20 sessions, prints one JSON line (url,
 * the user's token), serves its CPU time and a CPU profiler on its `cpu` URL, and exits on SIGTERM or when its
 * stdin closes.
 */
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { Session } from 'node:inspector';
import type { AddressInfo } from 'node:net';
import { createMemoryStore } from '../../core/adapters/memory-store/create-memory-store.js';
import { atExit, exitWhenStopped, openPostgresSchema, serveReference } from './server-process.js';

const which = process.argv[2] ?? 'memory';
const store = which === 'Postgres' ? (await openPostgresSchema('profile')).store : createMemoryStore();
const url = await serveReference(store, { jwtSecret: randomBytes(32).toString('hex') });
const inspector = new Session();
inspector.connect();
const post = (method: string, params?: object) =>
  new Promise<unknown>((resolve, reject) =>
    inspector.post(method, params, (error, result) => (error ? reject(error) : resolve(result))),
  );
/** `GET /start` starts the CPU profiler, `GET /stop?to=<file>` writes its profile; any other path answers the CPU time. */
const cpuServer = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const answer = async () => {
    if (url.pathname === '/start') {
      await post('Profiler.enable');
      await post('Profiler.setSamplingInterval', { interval: 100 });
      await post('Profiler.start');
      return 'started';
    }
    if (url.pathname === '/stop') {
      const { profile } = (await post('Profiler.stop')) as { profile: object };
      await writeFile(url.searchParams.get('to') ?? 'profile.cpuprofile', JSON.stringify(profile));
      return 'written';
    }
    const { user, system } = process.cpuUsage();
    return String(user + system);
  };
  void answer().then((text) => response.end(text));
}).listen(0, '127.0.0.1');
await new Promise((resolve) => cpuServer.once('listening', resolve));
atExit(() => new Promise((resolve) => cpuServer.close(() => resolve())));

const call = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return (await response.json()) as Record<string, unknown>;
};
const registered = await call('/api/auth/register/', {
  email: 'profile@example.com',
  password: 'bench-password-1',
  password_confirm: 'bench-password-1',
});
const token = (registered['tokens'] as { access: string }).access;
const auth = { authorization: `Bearer ${token}` };
await call('/api/users/location/', { latitude: 21.0285, longitude: 105.8542 }, auth);
for (let index = 0; index < 20; index += 1) {
  await call(
    '/api/sessions/',
    {
      title: `Bench session ${index}`,
      session_type: 'in_person',
      location_name: 'Library',
      latitude: 21.0285 + index * 0.001,
      longitude: 105.8542,
      start_time: new Date(Date.now() + (index + 1) * 3_600_000).toISOString(),
      duration_minutes: 60,
    },
    auth,
  );
}
exitWhenStopped();
const cpu = `http://127.0.0.1:${(cpuServer.address() as AddressInfo).port}`;
process.stdout.write(`${JSON.stringify({ url, cpu, token })}\n`);
