import cluster from 'node:cluster';

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
 * The primary of `--workers N` (node:cluster): forks N workers that share one port, answers with
 * the URL once all of them listen, and replaces a worker that dies unasked. SIGINT and SIGTERM stop
 * every worker and then the primary.
 */
export function runWorkers(count: number): Promise<string> {
  let stopping = false;
  let listening = 0;
  const fork = () => cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    console.error(
      `Worker ${worker.process.pid} died (${signal ?? `exit code ${code}`}); starting a new one.`,
    );
    setTimeout(fork, 500);
  });
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    const deadline = setTimeout(() => process.exit(1), 10_000);
    deadline.unref();
    cluster.on('exit', () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return new Promise((resolve) => {
    cluster.on('message', (_worker, message: unknown) => {
      if (!isWorkerListening(message)) return;
      listening += 1;
      if (listening === count) resolve(message.url);
    });
    for (let index = 0; index < count; index += 1) fork();
  });
}
