/**
 * `npm run bench`: one table, every figure a ratio against a baseline measured in the same run
 * (absolute figures drift too much on a shared machine to compare across runs), then the whole
 * result as one JSON line.
 *
 * - HTTP rows: profile, list, nearby and create on memory, PGlite and Postgres (when DATABASE_URL
 *   is set), each against the same-bytes Express ceiling: an Express app whose handler
 *   `res.json()`s the very page our server answered, fixed in memory. autocannon, 50 connections.
 * - Growth rows: the list, nearby, and nearby within 500 km with 1,000 and with 100,000 sessions,
 *   p50 per request (one connection, so the figure is the request's own time), as the ratio
 *   100k / 1k; on memory, and on Postgres when DATABASE_URL is set.
 * - Fan-out: a group chat message to 200 and 1,000 sockets against raw `ws` broadcast (see fan-out.ts).
 * - Scale-out (DATABASE_URL and REDIS_URL): fan-out to 1,000 sockets over 2 instances against 1, and
 *   the list on `--workers 2` against `--workers 1` (see scale-out.ts).
 *
 * Each figure and its baseline are measured in alternating halves after a warm-up, so a change in
 * the machine's load falls on both. Servers run in a child process (servers.ts), so the load
 * generator does not share their event loop; every child ends with the bench.
 *
 * Environment: `BENCH_SECONDS` (default 3) per measurement; `BENCH_ONLY=http,growth,fanout` runs
 * some sections; `BENCH_GROWTH_ROWS=1000,100000` and `BENCH_SOCKETS=200,1000` change the sizes;
 * `BENCH_STORES=memory,PGlite,Postgres` picks the growth rows' stores (PGlite's 100k seeding takes
 * a minute or more); `BENCH_ROUNDS` (default 3) is how many times each fan-out pair runs (the
 * round with the median ratio is shown); `BENCH_ROUTES` (text each route's name must contain, comma
 * separated) and `BENCH_HTTP_STORES` (`memory,PGlite,Postgres`) narrow the HTTP rows.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { SERVER_V8_FLAGS } from '../../cli/server-v8-flags.js';
import { createInterface } from 'node:readline';
import { measureFanOut, type FanOutResult } from './fan-out.js';
import { scaleOutDetail, scaleOutRows } from './scale-out.js';
import type { ServersMode } from './servers.js';

const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 3);
const CONNECTIONS = 50;
const SECTIONS = new Set((process.env['BENCH_ONLY'] ?? 'http,growth,fanout,scaleout').split(','));
const listOf = (text: string | undefined, fallback: number[]) =>
  text ? text.split(',').map(Number) : fallback;
const GROWTH_ROWS = listOf(process.env['BENCH_GROWTH_ROWS'], [1000, 100_000]);
const SOCKETS = listOf(process.env['BENCH_SOCKETS'], [200, 1000]);
const FAN_OUT_ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const HTTP_ROUTES = process.env['BENCH_ROUTES']?.split(',');
const HTTP_STORES = process.env['BENCH_HTTP_STORES']?.split(',');
/**
 * Growth rows: memory, and Postgres when DATABASE_URL is set; PGlite only when BENCH_STORES names
 * it (seeding 100k rows into it takes a minute or more here).
 */
const GROWTH_STORES = process.env['BENCH_STORES']
  ? process.env['BENCH_STORES'].split(',')
  : ['memory', ...(process.env['DATABASE_URL'] ? ['Postgres'] : [])];

// --- the servers' process -------------------------------------------------------------------

const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of children) child.kill('SIGTERM');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

interface Servers {
  /** The JSON line servers.ts printed. */
  info: unknown;
  stop: () => Promise<void>;
}

async function startServers(mode: ServersMode): Promise<Servers> {
  // The servers run with the V8 flags `npm start` gives the server (the ceiling in the same process).
  const args = [...SERVER_V8_FLAGS, '--import', 'tsx', 'test/bench/servers.ts', JSON.stringify(mode)];
  const child = spawn(process.execPath, args, {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  children.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const line = await Promise.race([
    new Promise<string>((resolve) => createInterface({ input: child.stdout }).once('line', resolve)),
    exited.then(() =>
      Promise.reject(new Error(`servers.ts ${JSON.stringify(mode)} exited before it started`)),
    ),
  ]);
  return {
    info: JSON.parse(line) as unknown,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      children.delete(child);
    },
  };
}

// --- HTTP load ------------------------------------------------------------------------------

interface Request {
  url: string;
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

interface Load {
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Responses that were not 2xx, errors and timeouts: a row with any is not a fair figure. */
  failures: number;
}

/** Latencies (ms) of the 2xx responses to `request` in `seconds` of load, and how many failed. */
function drive(
  request: Request,
  run: { seconds: number; connections: number },
): Promise<{ latencies: number[]; failures: number }> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon({ ...request, ...run, duration: run.seconds }, (error, result) => {
      if (error) reject(error);
      else resolve({ latencies, failures: result.non2xx + result.errors + result.timeouts });
    });
    instance.on('response', (...response) => {
      const [, status, , ms] = response;
      if (status >= 200 && status < 300) latencies.push(ms);
    });
  });
}

function summarize(runs: { latencies: number[]; failures: number }[], seconds: number): Load {
  const latencies = runs.flatMap((run) => run.latencies).sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? 0;
  return {
    perSecond: latencies.length / seconds,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    failures: runs.reduce((sum, run) => sum + run.failures, 0),
  };
}

/**
 * Ours against its baseline, each warmed up, then in alternating halves of `SECONDS` (baseline,
 * ours, baseline, ours), so a change in the machine's load falls on both alike.
 */
async function loadAgainst(
  ours: Request,
  baseline: Request,
  connections = CONNECTIONS,
): Promise<{ ours: Load; baseline: Load }> {
  const half = { seconds: SECONDS / 2, connections };
  for (const request of [baseline, ours]) await drive(request, { ...half, seconds: 0.5 });
  const runs = {
    ours: [] as Awaited<ReturnType<typeof drive>>[],
    baseline: [] as Awaited<ReturnType<typeof drive>>[],
  };
  for (let round = 0; round < 2; round += 1) {
    runs.baseline.push(await drive(baseline, half));
    runs.ours.push(await drive(ours, half));
  }
  return { ours: summarize(runs.ours, SECONDS), baseline: summarize(runs.baseline, SECONDS) };
}

async function call(request: Request): Promise<{ status: number; body: unknown }> {
  const response = await fetch(request.url, request);
  return { status: response.status, body: await response.json() };
}

const json = (auth: Record<string, string>) => ({ ...auth, 'content-type': 'application/json' });
const HANOI = { latitude: 21.0285, longitude: 105.8542 };

function sessionBody(index: number): string {
  return JSON.stringify({
    title: `Bench session ${index}`,
    session_type: 'in_person',
    location_name: 'Library',
    latitude: HANOI.latitude + index * 0.001,
    longitude: HANOI.longitude,
    start_time: new Date(Date.now() + (index + 1) * 3_600_000).toISOString(),
    duration_minutes: 60,
  });
}

/** A new user with a location and 20 sessions near it, on the server at `url`: its headers. */
async function signUp(url: string, email = `bench-${Math.random().toString(36).slice(2)}@example.com`) {
  const registered = await call({
    url: `${url}/api/auth/register/`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'bench-password-1', password_confirm: 'bench-password-1' }),
  });
  const { tokens } = registered.body as { tokens: { access: string } };
  return { authorization: `Bearer ${tokens.access}` };
}

async function prepare(url: string): Promise<Record<string, string>> {
  const auth = await signUp(url);
  await call({
    url: `${url}/api/users/location/`,
    method: 'POST',
    headers: json(auth),
    body: JSON.stringify(HANOI),
  });
  for (let index = 0; index < 20; index += 1) {
    await call({
      url: `${url}/api/sessions/`,
      method: 'POST',
      headers: json(auth),
      body: sessionBody(index),
    });
  }
  return auth;
}

interface Route {
  name: string;
  request(url: string, auth: Record<string, string>): Request;
}

// Create last: it adds sessions, which the lists would then read.
const ROUTES: Route[] = [
  {
    name: 'GET /api/auth/profile/',
    request: (url, auth) => ({ url: `${url}/api/auth/profile/`, method: 'GET', headers: auth }),
  },
  {
    name: 'GET /api/sessions/?page_size=20',
    request: (url, auth) => ({ url: `${url}/api/sessions/?page_size=20`, method: 'GET', headers: auth }),
  },
  {
    name: 'GET /api/sessions/nearby/',
    request: (url, auth) => ({ url: `${url}/api/sessions/nearby/`, method: 'GET', headers: auth }),
  },
  {
    name: 'POST /api/sessions/',
    request: (url, auth) => ({
      url: `${url}/api/sessions/`,
      method: 'POST',
      headers: json(auth),
      body: sessionBody(0),
    }),
  },
];

// --- the result -----------------------------------------------------------------------------

interface Row {
  section: 'http' | 'growth' | 'fan-out' | 'scale-out';
  what: string;
  baseline: string;
  /** Throughput × baseline (HTTP, fan-out) or p50 100k / p50 1k (growth). */
  ratio: number;
  /** p99 × baseline's p99 (HTTP, fan-out). */
  p99Ratio: number | null;
  measured: Record<string, unknown>;
}
const rows: Row[] = [];

async function httpRows(): Promise<void> {
  const servers = await startServers({ kind: 'base' });
  const info = servers.info as { ceiling: string; stores: Record<string, string> };
  try {
    const auths: Record<string, Record<string, string>> = {};
    const stores = Object.entries(info.stores).filter(
      ([store]) => store === 'memory' || !HTTP_STORES || HTTP_STORES.includes(store),
    );
    for (const [store, url] of stores) auths[store] = await prepare(url);
    const routes = ROUTES.filter(
      (route) => !HTTP_ROUTES || HTTP_ROUTES.some((part) => route.name.includes(part)),
    );
    for (const route of routes) {
      // The ceiling serves the page memory answered: the same bytes, give or take ids and times.
      const sample = route.request(info.stores['memory'] ?? '', auths['memory'] ?? {});
      const page = await call(sample);
      await fetch(`${info.ceiling}/__page?status=${page.status}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(page.body),
      });
      for (const [store, url] of stores) {
        if (HTTP_STORES && !HTTP_STORES.includes(store)) continue;
        const measured = await loadAgainst(route.request(url, auths[store] ?? {}), {
          ...sample,
          url: `${info.ceiling}/page`,
        });
        const { ours, baseline: ceiling } = measured;
        rows.push({
          section: 'http',
          what: `${store}: ${route.name}`,
          baseline: 'same-bytes Express',
          ratio: ours.perSecond / ceiling.perSecond,
          p99Ratio: ours.p99Ms / ceiling.p99Ms,
          measured: { ours, ceiling, bytes: JSON.stringify(page.body).length },
        });
      }
    }
  } finally {
    await servers.stop();
  }
}

/**
 * Nearby over the widest radius the contract allows: at both sizes the answer is a full page of
 * 100 sessions, out of hundreds in the area at 1k and tens of thousands at 100k.
 */
const WIDE_NEARBY: Route = {
  name: 'GET /api/sessions/nearby/?radius_km=500',
  request: (url, auth) => ({
    url: `${url}/api/sessions/nearby/?radius_km=500`,
    method: 'GET',
    headers: auth,
  }),
};

const GROWTH_ROUTES = [
  ...ROUTES.filter((route) => route.name.includes('sessions/?') || route.name.includes('nearby')),
  WIDE_NEARBY,
];

/**
 * Both sizes run side by side (one servers' process each, seeded first), and each route is
 * measured on them in alternating halves, so the ratio is not a change in the machine's load.
 */
async function growthRows(): Promise<void> {
  const [small, large] = [GROWTH_ROWS[0] ?? 0, GROWTH_ROWS.at(-1) ?? 0];
  for (const store of GROWTH_STORES) {
    const worlds: Servers[] = [];
    try {
      for (const rowCount of [small, large]) {
        const started = Date.now();
        worlds.push(await startServers({ kind: 'growth', store: store as 'memory', rows: rowCount }));
        console.error(`growth: ${store} seeded with ${rowCount} sessions in ${Date.now() - started} ms`);
      }
      const [base, grown] = worlds.map((world) => world.info as { url: string; token: string });
      if (!base || !grown) continue;
      for (const route of GROWTH_ROUTES) {
        const requestOn = (world: { url: string; token: string }) =>
          route.request(world.url, { authorization: `Bearer ${world.token}` });
        const measured = await loadAgainst(requestOn(grown), requestOn(base), 1);
        rows.push({
          section: 'growth',
          what: `${store}: ${route.name}, p50 at ${large.toLocaleString('en')} sessions`,
          baseline: `p50 at ${small.toLocaleString('en')}`,
          ratio: measured.ours.p50Ms / measured.baseline.p50Ms,
          p99Ratio: null,
          measured: { [small]: measured.baseline, [large]: measured.ours },
        });
      }
    } finally {
      for (const world of worlds) await world.stop();
    }
  }
}

async function fanOutRows(): Promise<void> {
  const servers = await startServers({ kind: 'base' });
  const info = servers.info as { fanOut: string; rawWs: string; ceiling: string };
  const cpu = async () => (await call({ url: `${info.ceiling}/__cpu`, method: 'GET' })).body as number;
  try {
    const auth = await signUp(info.fanOut);
    const group = await call({
      url: `${info.fanOut}/api/groups/`,
      method: 'POST',
      headers: json(auth),
      body: JSON.stringify({ name: 'Bench group', description: '' }),
    });
    const { id } = group.body as { id: number };
    const token = auth.authorization.slice('Bearer '.length);
    const ours = `${info.fanOut.replace('http', 'ws')}/ws/groups/${id}/chat/?token=${token}`;
    for (const count of SOCKETS) {
      // Rounds alternate raw and ours, so drift in the machine's load falls on both alike; the
      // row is the round with the median ratio.
      const rounds: { ours: FanOutResult; raw: FanOutResult }[] = [];
      for (let round = 0; round < FAN_OUT_ROUNDS; round += 1) {
        const raw = await measureFanOut(info.rawWs, count, { durationMs: SECONDS * 1000, serverCpuMs: cpu });
        rounds.push({
          raw,
          ours: await measureFanOut(ours, count, { durationMs: SECONDS * 1000, serverCpuMs: cpu }),
        });
      }
      const ratioOf = (round: { ours: FanOutResult; raw: FanOutResult }) =>
        round.ours.deliveriesPerSecond / round.raw.deliveriesPerSecond;
      rounds.sort((a, b) => ratioOf(a) - ratioOf(b));
      const median = rounds[Math.floor(rounds.length / 2)]!;
      rows.push({
        section: 'fan-out',
        what: `group chat message to ${count.toLocaleString('en')} sockets`,
        baseline: 'raw ws broadcast',
        ratio: ratioOf(median),
        p99Ratio: median.ours.p99Ms / median.raw.p99Ms,
        measured: {
          ...median,
          roundRatios: rounds.map(ratioOf),
          // Raw's server CPU per delivery / ours: the same comparison, less swayed by other load.
          cpuRatios: rounds.map((round) =>
            round.raw.serverCpuUsPerDelivery && round.ours.serverCpuUsPerDelivery
              ? round.raw.serverCpuUsPerDelivery / round.ours.serverCpuUsPerDelivery
              : null,
          ),
        },
      });
    }
  } finally {
    await servers.stop();
  }
}

const started = Date.now();
if (SECTIONS.has('http')) await httpRows();
if (SECTIONS.has('growth')) await growthRows();
if (SECTIONS.has('fanout')) await fanOutRows();
if (SECTIONS.has('scaleout'))
  rows.push(...(await scaleOutRows({ seconds: SECONDS, sockets: SOCKETS.at(-1) ?? 1000 })));

const figure = (value: number | null) => (value === null ? '' : `${value.toFixed(2)} ×`);
const detail = (row: Row): string => {
  if (row.section === 'http') {
    const { ours, ceiling } = row.measured as { ours: Load; ceiling: Load };
    const failures = ours.failures ? `, ${ours.failures} failed` : '';
    return `${ours.perSecond.toFixed(0)} vs ${ceiling.perSecond.toFixed(0)} req/s, p99 ${ours.p99Ms.toFixed(1)} vs ${ceiling.p99Ms.toFixed(1)} ms${failures}`;
  }
  if (row.section === 'growth') {
    const [base, grown] = Object.values(row.measured) as Load[];
    return `${base?.p50Ms.toFixed(2)} → ${grown?.p50Ms.toFixed(2)} ms`;
  }
  if (row.section === 'scale-out') return scaleOutDetail(row.measured);
  const { ours, raw } = row.measured as { ours: FanOutResult; raw: FanOutResult };
  const cpu = (result: FanOutResult) => result.serverCpuUsPerDelivery?.toFixed(1) ?? '?';
  return (
    `${ours.deliveriesPerSecond.toFixed(0)} vs ${raw.deliveriesPerSecond.toFixed(0)} deliveries/s, ` +
    `p99 ${ours.p99Ms.toFixed(1)} vs ${raw.p99Ms.toFixed(1)} ms, server CPU ${cpu(ours)} vs ${cpu(raw)} µs per delivery`
  );
};
console.info(
  `\nNode ${process.version}, ${SECONDS} s per measurement, ${CONNECTIONS} connections (growth: 1), ` +
    `${((Date.now() - started) / 1000).toFixed(0)} s in all\n`,
);
console.info(
  '| what | baseline | × baseline | p99 × baseline | measured |\n| --- | --- | ---: | ---: | --- |',
);
for (const row of rows) {
  console.info(
    `| ${row.what} | ${row.baseline} | ${figure(row.ratio)} | ${figure(row.p99Ratio)} | ${detail(row)} |`,
  );
}
console.info(JSON.stringify({ node: process.version, seconds: SECONDS, connections: CONNECTIONS, rows }));
