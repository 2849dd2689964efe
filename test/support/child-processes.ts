import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { inject } from 'vitest';
import { CHILD_MARK, markedProcessesAfter, RUN_MARK_KEY } from './marked-processes.js';

/**
 * The one way tests start processes. A TypeScript script runs as `node --import tsx <script>`:
 * the pid a test holds is the script's own process, not a `tsx` wrapper whose node child would
 * survive a SIGKILL of the wrapper. Each child carries the run's mark (test/global-setup.ts).
 */
export interface TestChild {
  process: ChildProcess;
  pid: number;
  /** This child's mark, `<run>/<n>`: it and anything it started carry it. */
  mark: string;
  /** Everything it printed so far, stdout and stderr together. */
  output(): string;
  /** Resolves with the exit code (null when a signal ended it). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface ChildOptions {
  args?: string[];
  /** Added to this process's environment; an empty string is passed as empty. */
  env?: Record<string, string>;
  /** Where it runs. @default this process's working directory */
  cwd?: string;
}

let childCount = 0;
/** How long what a killed child started may take to end (its esbuild service: milliseconds). */
const DESCENDANTS_GRACE_MS = 2_000;

/** Starts `script` (a path from the repository root) under node with tsx's loader. */
function startScript(script: string, { args = [], env = {}, cwd }: ChildOptions = {}): TestChild {
  const runMark = inject(RUN_MARK_KEY);
  if (!runMark) throw new Error('No run mark: test/global-setup.ts must be the global setup of this run.');
  childCount += 1;
  const mark = `${runMark}/${process.pid}-${childCount}`;
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    env: { ...process.env, ...env, [CHILD_MARK]: mark },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(cwd !== undefined && { cwd }),
  });
  let output = '';
  const read = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout.on('data', read);
  child.stderr.on('data', read);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  if (child.pid === undefined) throw new Error(`${script} did not start`);
  return { process: child, pid: child.pid, mark, output: () => output, exited };
}

/** Runs `script` to its end; resolves with its exit code and everything it printed. */
export async function runScriptToEnd(
  script: string,
  options: ChildOptions = {},
): Promise<{ code: number | null; output: string }> {
  const child = startScript(script, options);
  const { code } = await child.exited;
  return { code, output: child.output() };
}

/** Runs `script` to its end; resolves with its stdout, rejects with its output unless it exits 0. */
export async function runScript(script: string, options: ChildOptions = {}): Promise<string> {
  const child = startScript(script, options);
  let stdout = '';
  child.process.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const { code, signal } = await child.exited;
  if (code !== 0) throw new Error(`${script} ended with ${signal ?? code}:\n${child.output()}`);
  return stdout;
}

/** Waits until the child prints something matching `pattern`; rejects if it exits or takes too long. */
async function waitForOutput(
  child: TestChild,
  pattern: RegExp,
  timeoutMs = 90_000,
): Promise<RegExpExecArray> {
  const deadline = Date.now() + timeoutMs;
  let ended: string | undefined;
  void child.exited.then(({ code, signal }) => (ended = String(signal ?? code)));
  for (;;) {
    const match = pattern.exec(child.output());
    if (match) return match;
    if (ended !== undefined)
      throw new Error(`It ended (${ended}) before ${String(pattern)}:\n${child.output()}`);
    if (Date.now() > deadline)
      throw new Error(`No ${String(pattern)} in ${timeoutMs} ms:\n${child.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * SIGKILLs the child and proves it died: its pid is gone, nothing it started outlives it (no
 * process carries its mark), and (when given) nothing listens on its port any more. Throws otherwise.
 */
export async function killAndProveDead(child: TestChild, port?: number): Promise<void> {
  child.process.kill('SIGKILL');
  const { code, signal } = await child.exited;
  const problems: string[] = [];
  if (signal !== 'SIGKILL') problems.push(`it had ended before the kill (${signal ?? code})`);
  if (isAlive(child.pid)) problems.push(`pid ${child.pid} still exists`);
  const survivors = await markedProcessesAfter(child.mark, DESCENDANTS_GRACE_MS);
  if (survivors.length > 0) {
    problems.push(`processes carrying its mark live on: ${survivors.map(({ pid }) => pid).join(', ')}`);
  }
  if (port !== undefined && (await accepts(port)))
    problems.push(`127.0.0.1:${port} still accepts connections`);
  if (problems.length > 0) throw new Error(`The killed child is not dead: ${problems.join('; ')}`);
}

/** Whether the child has not ended yet. */
export function isRunning(child: TestChild): boolean {
  return child.process.exitCode === null && child.process.signalCode === null;
}

/** Whether a process with this pid exists (signal 0 checks without sending anything). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw error;
  }
}

/** Whether something accepts a TCP connection on 127.0.0.1:`port`. */
function accepts(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNREFUSED') resolve(false);
      else reject(error);
    });
  });
}

/** `npm start` in a child process: its url and port, once it listens. */
export interface ServerProcess {
  child: TestChild;
  url: string;
  port: number;
}

/**
 * Starts cli/start.ts on a free port of 127.0.0.1 with `env` (its store: DATA_DIR, or
 * DATABASE_URL and DATABASE_SCHEMA) and LOG_LEVEL=error unless `env` says otherwise; if it does
 * not come up, it is killed and the error thrown.
 */
export async function startServerProcess(
  env: Record<string, string>,
  args: string[] = [],
): Promise<ServerProcess> {
  // Request lines only when a test asks for them (LOG_LEVEL=info): a load test would fill `output()`.
  const quiet = { LOG_LEVEL: 'error' };
  const child = startScript('cli/start.ts', {
    args,
    env: { PORT: '0', HOST: '127.0.0.1', ...quiet, ...env },
  });
  try {
    const [, url = '', port = ''] = await waitForOutput(
      child,
      /Study Mate API on (http:\/\/127\.0\.0\.1:(\d+))/,
    );
    return { child, url, port: Number(port) };
  } catch (error) {
    child.process.kill('SIGKILL');
    await child.exited;
    throw error;
  }
}
