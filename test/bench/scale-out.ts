/**
 * Scale-out rows of `npm run bench` (when DATABASE_URL and REDIS_URL are set): `npm start`
 * processes on one Postgres schema and one Redis prefix, as an operator runs them.
 *
 * - Fan-out: a group chat message to N sockets spread over 2 instances, against the same N sockets
 *   on 1 instance (both on the Redis backplane), deliveries per second.
 * - List: `GET /api/sessions/?page_size=20` on `--workers 2` against `--workers 1` (one process),
 *   requests per second, autocannon with 50 connections, in alternating halves.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { SERVER_V8_FLAGS } from '../../cli/server-v8-flags.js';
import { randomBytes } from 'node:crypto';
import { createClient } from '../../sdk/index.js';
import { dropPgSchema } from '../../server/postgres/pg-database.js';
import { measureFanOut, type FanOutResult } from './fan-out.js';

export interface ScaleOutRow {
  section: 'scale-out';
  what: string;
  baseline: string;
  ratio: number;
  p99Ratio: number | null;
  measured: Record<string, unknown>;
}

interface Started {
  url: string;
  stop(): Promise<void>;
}

/** `cli/start.ts` with `env` and `args`, once it prints its URL. */
async function startCli(env: Record<string, string>, args: string[] = []): Promise<Started> {
  const child: ChildProcess = spawn(
    process.execPath,
    [...SERVER_V8_FLAGS, '--import', 'tsx', 'cli/start.ts', ...args],
    {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'production', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Study Mate API on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    void exited.then(() => reject(new Error(`cli/start.ts ${args.join(' ')} ended before it listened`)));
  });
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A schema and a Redis prefix of their own, the demo world in it, and no chat budget in the way. */
function environment(label: string) {
  const suffix = randomBytes(4).toString('hex');
  const schema = `bench_${label}_${suffix}`;
  return {
    env: {
      DATABASE_SCHEMA: schema,
      REDIS_PREFIX: `studymate-bench:${suffix}:`,
      JWT_SECRET: `bench-${suffix}-0123456789abcdef0123456789abcdef`,
      CHAT_MESSAGE_LIMIT: '100000000',
      // Production mode (the response check real deployments run), with the demo logins to sign in with.
      DEMO_WORLD: 'on',
    },
    drop: () => dropPgSchema(process.env['DATABASE_URL'] ?? '', schema),
  };
}

async function signIn(url: string) {
  const client = createClient({ baseUrl: url });
  const login = await client.auth.login({
    body: { email: 'student@studymate.dev', password: 'studymate123' },
  });
  if (login.status !== 200) throw new Error(`bench sign-in: ${JSON.stringify(login.body)}`);
  return { client, token: login.body.tokens.access };
}

async function fanOutRow(seconds: number, sockets: number): Promise<ScaleOutRow> {
  const { env, drop } = environment('fanout');
  const first = await startCli(env);
  const second = await startCli(env);
  try {
    const { client, token } = await signIn(first.url);
    const group = await client.groups.create({ body: { name: 'Bench scale-out', description: '' } });
    if (group.status !== 201) throw new Error(`bench group: ${JSON.stringify(group.body)}`);
    const path = `/ws/groups/${group.body.id}/chat/?token=${token}`;
    const socketUrl = (url: string) => `${url.replace('http', 'ws')}${path}`;
    const run = { durationMs: seconds * 1000 };
    // Alternating, the one instance first: a change in the machine's load falls on both.
    const one: FanOutResult[] = [];
    const two: FanOutResult[] = [];
    for (let round = 0; round < 2; round += 1) {
      one.push(await measureFanOut(socketUrl(first.url), sockets, run));
      two.push(await measureFanOut([socketUrl(first.url), socketUrl(second.url)], sockets, run));
    }
    const perSecond = (results: FanOutResult[]) =>
      results.reduce((sum, result) => sum + result.deliveriesPerSecond, 0) / results.length;
    const p99 = (results: FanOutResult[]) => Math.max(...results.map((result) => result.p99Ms));
    return {
      section: 'scale-out',
      what: `group chat message to ${sockets.toLocaleString('en')} sockets over 2 instances`,
      baseline: 'the same sockets on 1 instance',
      ratio: perSecond(two) / perSecond(one),
      p99Ratio: p99(two) / p99(one),
      measured: { oneInstance: one, twoInstances: two },
    };
  } finally {
    await Promise.all([first.stop(), second.stop()]);
    await drop();
  }
}

/** Requests per second and p99 of `url` with a bearer token, for `seconds`. */
function load(
  url: string,
  token: string,
  seconds: number,
): Promise<{ perSecond: number; p99Ms: number; failures: number }> {
  return new Promise((resolve, reject) => {
    autocannon(
      { url, connections: 50, duration: seconds, headers: { authorization: `Bearer ${token}` } },
      (error, result) => {
        if (error) reject(error);
        else
          resolve({
            perSecond: result.requests.average,
            p99Ms: result.latency.p99,
            failures: result.non2xx + result.errors + result.timeouts,
          });
      },
    );
  });
}

async function workersRow(seconds: number): Promise<ScaleOutRow> {
  const { env, drop } = environment('workers');
  try {
    // The first start makes the demo world; the measured ones find it there.
    await (await startCli(env)).stop();
    const measured: Record<string, { perSecond: number; p99Ms: number; failures: number }[]> = {
      1: [],
      2: [],
    };
    for (const workers of [1, 2, 1, 2]) {
      const server = await startCli(env, ['--workers', String(workers)]);
      try {
        const { token } = await signIn(server.url);
        const list = `${server.url}/api/sessions/?page_size=20`;
        await load(list, token, 1);
        measured[workers]?.push(await load(list, token, seconds / 2));
      } finally {
        await server.stop();
      }
    }
    const sum = (workers: number) =>
      (measured[workers] ?? []).reduce((total, run) => total + run.perSecond, 0);
    const p99 = (workers: number) => Math.max(...(measured[workers] ?? []).map((run) => run.p99Ms));
    return {
      section: 'scale-out',
      what: 'sessions list (page_size=20), Postgres, --workers 2',
      baseline: '--workers 1',
      ratio: sum(2) / sum(1),
      p99Ratio: p99(2) / p99(1),
      measured,
    };
  } finally {
    await drop();
  }
}

/** The scale-out rows; none without DATABASE_URL and REDIS_URL (they need both). */
export async function scaleOutRows(options: { seconds: number; sockets: number }): Promise<ScaleOutRow[]> {
  if (!process.env['DATABASE_URL'] || !process.env['REDIS_URL']) {
    console.warn('scale-out rows skipped: they need DATABASE_URL and REDIS_URL');
    return [];
  }
  return [await fanOutRow(options.seconds, options.sockets), await workersRow(options.seconds)];
}

/** The table's "measured" cell of a scale-out row. */
export function scaleOutDetail(measured: ScaleOutRow['measured']): string {
  const mean = (runs: { perSecond?: number; deliveriesPerSecond?: number }[] | undefined) =>
    (runs ?? []).reduce((sum, run) => sum + (run.perSecond ?? run.deliveriesPerSecond ?? 0), 0) /
    Math.max(1, runs?.length ?? 0);
  const { oneInstance, twoInstances } = measured as Record<string, FanOutResult[] | undefined>;
  if (oneInstance && twoInstances)
    return `${mean(twoInstances).toFixed(0)} vs ${mean(oneInstance).toFixed(0)} deliveries/s`;
  const byWorkers = measured as Record<string, { perSecond: number }[] | undefined>;
  return `${mean(byWorkers['2']).toFixed(0)} vs ${mean(byWorkers['1']).toFixed(0)} req/s`;
}
