import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { dropPgSchema } from '../../server/store/postgres/pg-database.js';
import { createClient } from '../../sdk/index.js';

/**
 * Durability: what the server acknowledged before its process died is there after a restart on
 * the same database. The process is killed (SIGKILL), not asked to stop: nothing gets flushed
 * on the way out.
 */
interface RunningProcess {
  url: string;
  child: ChildProcess;
}

const JWT_SECRET = 'durability-test-secret-0123456789abcdef';
const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');

function startServerProcess(environment: Record<string, string>): Promise<RunningProcess> {
  const child = spawn(tsx, ['server/cli/start.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', JWT_SECRET, ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not start:\n${output}`)), 90_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Study Mate API on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolve({ url, child });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`The server exited (${String(code)}):\n${output}`)));
  });
}

function kill({ child }: RunningProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/** Writes one of everything through the API and answers how to find it again. */
async function writeEverything(url: string) {
  const suffix = randomBytes(3).toString('hex');
  const register = async (name: string) => {
    const client = createClient({ baseUrl: url });
    const email = `${name}.${suffix}@example.com`;
    const body = { email, password: 'durable-pass-1', password_confirm: 'durable-pass-1', full_name: name };
    const response = await client.auth.register({ body });
    if (response.status !== 201) throw new Error(`register: ${JSON.stringify(response.body)}`);
    return { client, email, id: response.body.user.id };
  };
  const host = await register('Host');
  const guest = await register('Guest');
  const start = new Date(Date.now() + 24 * 3600 * 1000).toISOString();
  const session = await host.client.sessions.create({
    body: {
      title: 'Durable session',
      session_type: 'virtual',
      meeting_link: 'https://meet.example.com/d',
      start_time: start,
      duration_minutes: 60,
    },
  });
  if (session.status !== 201) throw new Error('session');
  const joined = await guest.client.sessions.join({ params: { id: session.body.id }, body: {} });
  const group = await host.client.groups.create({
    body: { name: `Durable group ${suffix}`, description: '' },
  });
  if (group.status !== 201) throw new Error('group');
  const membership = await guest.client.groups.join({ params: { id: group.body.id }, body: {} });
  const message = await guest.client.groupMessages.send({
    params: { groupId: group.body.id },
    body: { content: 'Still here after a crash?' },
  });
  expect([joined.status, membership.status, message.status]).toEqual([200, 200, 201]);
  return { host, guest, sessionId: session.body.id, groupId: group.body.id };
}

async function readEverything(url: string, written: Awaited<ReturnType<typeof writeEverything>>) {
  const guest = createClient({ baseUrl: url });
  const login = await guest.auth.login({ body: { email: written.guest.email, password: 'durable-pass-1' } });
  expect(login.status).toBe(200);
  const session = await guest.sessions.get({ params: { id: written.sessionId } });
  expect(session.status === 200 && [session.body.title, session.body.is_participant]).toEqual([
    'Durable session',
    true,
  ]);
  const group = await guest.groups.get({ params: { id: written.groupId } });
  expect(group.status === 200 && group.body.user_membership_status).toBe('active');
  const messages = await guest.groupMessages.list({ params: { groupId: written.groupId } });
  expect(messages.status === 200 && messages.body.results.map((row) => row.content)).toEqual([
    'Still here after a crash?',
  ]);
}

async function survivesAKill(environment: Record<string, string>) {
  const first = await startServerProcess(environment);
  let written;
  try {
    written = await writeEverything(first.url);
  } finally {
    await kill(first);
  }
  const second = await startServerProcess(environment);
  try {
    await readEverything(second.url, written);
  } finally {
    await kill(second);
  }
}

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

describe('durability across a killed server process', () => {
  it('keeps users, sessions, memberships and messages on PGlite (npm start’s default store)', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'studymate-durability-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    await survivesAKill({ DATA_DIR: dataDir, DATABASE_URL: '' });
  });

  it.skipIf(!process.env['DATABASE_URL'])('keeps them on the Postgres server at DATABASE_URL', async () => {
    const schema = `durability_${randomBytes(4).toString('hex')}`;
    cleanups.push(() => dropPgSchema(process.env['DATABASE_URL'] ?? '', schema));
    await survivesAKill({ DATABASE_SCHEMA: schema });
  });
});
