/**
 * `npm run bench`: requests per second of the reference server against bare Express, measured
 * in the same run on the same machine (absolute figures drift too much here to compare across runs).
 */
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { createInterface } from 'node:readline';

const DURATION_MS = Number(process.env['BENCH_SECONDS'] ?? 5) * 1000;
const CONCURRENCY = 50;

interface Scenario {
  name: string;
  url: string;
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

function send(agent: Agent, scenario: Scenario): Promise<number> {
  return new Promise((resolve, reject) => {
    const call = request(
      scenario.url,
      { method: scenario.method, agent, headers: scenario.headers },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    call.on('error', reject);
    call.end(scenario.body);
  });
}

async function measure(scenario: Scenario): Promise<{ perSecond: number; failures: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const deadline = Date.now() + DURATION_MS;
  let completed = 0;
  let failures = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < deadline) {
        const status = await send(agent, scenario);
        if (status >= 200 && status < 300) completed += 1;
        else failures += 1;
      }
    }),
  );
  agent.destroy();
  return { perSecond: completed / (DURATION_MS / 1000), failures };
}

const child = spawn(process.execPath, ['--import', 'tsx', 'test/bench/servers.ts'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const firstLine = await new Promise<string>((resolve) => {
  createInterface({ input: child.stdout }).once('line', resolve);
});
const urls = JSON.parse(firstLine) as { bare: string; stores: Record<string, string> };

/** A signed-in user with 20 sessions hosted on the server at `url`. */
async function prepare(url: string): Promise<Record<string, string>> {
  const signUp = await fetch(`${url}/api/auth/register/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: 'bench@example.com',
      password: 'bench-password-1',
      password_confirm: 'bench-password-1',
    }),
  });
  const { tokens } = (await signUp.json()) as { tokens: { access: string } };
  const auth = { authorization: `Bearer ${tokens.access}` };
  for (let index = 0; index < 20; index += 1) {
    await fetch(`${url}/api/sessions/`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({
        title: `Bench session ${index}`,
        session_type: 'virtual',
        meeting_link: 'https://meet.example.com/bench',
        start_time: new Date(Date.now() + (index + 1) * 3_600_000).toISOString(),
        duration_minutes: 60,
      }),
    });
  }
  return auth;
}

const scenarios: Scenario[] = [
  { name: 'bare Express GET (baseline)', url: `${urls.bare}/ping/`, method: 'GET' },
];
for (const [store, url] of Object.entries(urls.stores)) {
  const auth = await prepare(url);
  scenarios.push(
    {
      name: `${store}: GET /api/auth/profile/ (JWT + store + response validation)`,
      url: `${url}/api/auth/profile/`,
      method: 'GET',
      headers: auth,
    },
    {
      name: `${store}: POST /api/users/location/ (JWT + body validation + 2 writes)`,
      url: `${url}/api/users/location/`,
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ latitude: 21.0285, longitude: 105.8542, accuracy: 10 }),
    },
    {
      name: `${store}: GET /api/sessions/?page_size=20 (a list with its joins)`,
      url: `${url}/api/sessions/?page_size=20`,
      method: 'GET',
      headers: auth,
    },
  );
}

const results = [];
for (const scenario of scenarios) results.push({ scenario, ...(await measure(scenario)) });
child.kill('SIGTERM');

const baseline = results[0]?.perSecond ?? 1;
console.info(`\n${CONCURRENCY} connections, ${DURATION_MS / 1000} s each, Node ${process.version}\n`);
console.info('| scenario | req/s | × bare Express | non-2xx |\n| --- | ---: | ---: | ---: |');
for (const result of results) {
  console.info(
    `| ${result.scenario.name} | ${result.perSecond.toFixed(0)} | ${(result.perSecond / baseline).toFixed(2)} | ${result.failures} |`,
  );
}
