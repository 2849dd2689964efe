import cluster from 'node:cluster';
import { createServer } from 'node:net';
import { listenFailure } from './listen-failure.js';
import { withServerV8Flags } from './server-v8-flags.js';

/** What a worker tells the primary once it listens. */
export interface WorkerListening {
  type: 'listening';
  url: string;
}

function isWorkerListening(message: unknown): message is WorkerListening {
  return (
    typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'listening'
  );
}

/**
 * Fails in one line when the port is taken, before any worker starts (each would otherwise say
 * so). Port 0 picks a free one, so it is not checked.
 */
export async function ensurePortFree({ host, port }: { host: string; port: number }): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', (error) => reject(listenFailure(error, { host, port })));
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/**
 * The primary of `--workers N` (node:cluster): forks N workers that share one port, answers with
 * the URL once all of them listen, and replaces a worker that dies unasked after it listened. A
 * worker that dies before it listened stops them all (its error is above; a new one would fail
 * alike). SIGINT and SIGTERM stop every worker and then the primary.
 */
export function runWorkers(count: number): Promise<string> {
  let stopping = false;
  const listened = new Set<number>();
  // Every worker runs with the server's V8 flags, however the primary was started.
  cluster.setupPrimary({ execArgv: withServerV8Flags(process.execArgv, process.env['NODE_OPTIONS']) });
  const fork = () => cluster.fork();
  const stop = (code: number) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    const deadline = setTimeout(() => process.exit(1), 10_000);
    deadline.unref();
    const exitWhenNoneLeft = () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(code);
    };
    cluster.on('exit', exitWhenNoneLeft);
    exitWhenNoneLeft();
  };
  return new Promise((resolve) => {
    cluster.on('exit', (worker, code, signal) => {
      if (stopping) return;
      if (!listened.has(worker.id)) {
        console.error(`A worker ended before it listened (${signal ?? `exit code ${code}`}); stopping.`);
        stop(1);
        return;
      }
      console.error(
        `Worker ${worker.process.pid} died (${signal ?? `exit code ${code}`}); starting a new one.`,
      );
      setTimeout(fork, 500);
    });
    process.once('SIGINT', () => stop(0));
    process.once('SIGTERM', () => stop(0));
    cluster.on('message', (worker, message: unknown) => {
      if (!isWorkerListening(message)) return;
      listened.add(worker.id);
      if (listened.size === count) resolve(message.url);
    });
    for (let index = 0; index < count; index += 1) fork();
  });
}
