import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { killAndProveDead, startServerProcess } from '../support/child-processes.js';
import { CHILD_MARK, RUN_MARK_KEY } from '../support/marked-processes.js';

/**
 * `studymate-api` and `studymate-mock`, the bins of the cli workspace that `npm install` links into
 * node_modules/.bin, run as a user runs them: the linked file itself, from any directory.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const binOf = (name: string) => `${root}node_modules/.bin/${name}`;

interface Ended {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `file` to its end (marked as the run's child) with `args`, from `cwd`. */
function run(file: string, args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  return new Promise<Ended>((resolve) => {
    execFile(
      file,
      args,
      {
        cwd: options.cwd ?? tmpdir(),
        env: { ...process.env, ...options.env, [CHILD_MARK]: `${inject(RUN_MARK_KEY)}/bins-${process.pid}` },
        timeout: 90_000,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const lines = (text: string) => text.trim().split('\n');

describe('the bins', { timeout: 120_000 }, () => {
  it.each([
    ['studymate-api', 'npm start --'],
    ['studymate-mock', 'npm run mock --'],
  ])('%s --help prints its usage and exits 0, from another directory', async (name, npmScript) => {
    const { code, stdout, stderr } = await run(binOf(name), ['--help'], { cwd: tmpdir() });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(
      new RegExp(`^Usage: ${name} \\[options\\] +in this repository: ${npmScript} \\[options\\]`),
    );
    expect(stdout).toMatch(/^ {2}--port <port> +PORT +.*\(default: \d+\)$/m);
    expect(stdout).toMatch(/^ {2}--log-level <level> +LOG_LEVEL +.*\(default: info\)$/m);
  });

  it('runs through npx at the root of the repository', async () => {
    const { code, stdout } = await run('npx', ['studymate-mock', '--help'], { cwd: root });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: studymate-mock /);
  });

  it('refuses an unknown flag in one line naming it and the closest known one, exit code 2', async () => {
    const { code, stdout, stderr } = await run(binOf('studymate-mock'), ['--prot', '9000']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(lines(stderr)).toEqual([
      'Unknown option --prot. Did you mean --port? Run studymate-mock --help for the options.',
    ]);
  });

  describe('on a port something else listens on', () => {
    let taken: Server;
    let port: number;
    beforeAll(async () => {
      taken = createServer();
      await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
      port = (taken.address() as { port: number }).port;
    });
    afterAll(() => new Promise<void>((resolve) => taken.close(() => resolve())));

    it.each([
      ['studymate-mock', []],
      ['studymate-api', ['--memory']],
    ])('%s says so in one line and exits 1', async (name, args) => {
      const { code, stderr } = await run(binOf(name), [...args, '--port', String(port)], {
        // No backplane: its warnings are not what this test reads.
        env: { LOG_LEVEL: 'silent', HOST: '127.0.0.1', REDIS_URL: '' },
      });
      expect(code).toBe(1);
      expect(lines(stderr)).toEqual([
        `Port ${port} is in use (127.0.0.1:${port}): stop what listens there, or choose another port with --port or PORT.`,
      ]);
    });
  });
});

describe('the request log of npm start', { timeout: 120_000 }, () => {
  it('writes one JSON line per request when NODE_ENV is production, at the LOG_LEVEL given', async () => {
    const server = await startServerProcess({
      STORE: 'memory',
      REDIS_URL: '',
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
    });
    try {
      await fetch(`${server.url}/api/auth/profile/`);
      await expect
        .poll(() => lines(server.child.output()).filter((line) => line.startsWith('{')))
        .toEqual([expect.stringContaining('"msg":"GET /api/auth/profile/ 401 ')]);
      const [line] = lines(server.child.output()).filter((candidate) => candidate.startsWith('{'));
      expect(JSON.parse(line ?? '')).toMatchObject({
        level: 40,
        req: { method: 'GET', url: '/api/auth/profile/' },
        res: { statusCode: 401 },
      });
    } finally {
      await killAndProveDead(server.child, server.port);
    }
  });
});
