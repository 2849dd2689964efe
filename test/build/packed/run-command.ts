import { spawn } from 'node:child_process';

export interface CommandResult {
  command: string;
  /** null when it was killed (timeout). */
  status: number | null;
  output: string;
  milliseconds: number;
}

/** Runs a command to its end (killed after `timeoutMs`), with stdout and stderr together. */
export function runCommand(
  command: string,
  args: readonly string[],
  options: { cwd: string; timeoutMs?: number },
): Promise<CommandResult> {
  const startedAt = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 300_000);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (status) => {
      clearTimeout(timer);
      resolve({
        command: [command, ...args].join(' '),
        status,
        output: Buffer.concat(chunks).toString('utf8'),
        milliseconds: performance.now() - startedAt,
      });
    });
  });
}

/** Runs `task` on every item, at most `limit` at a time, and keeps the results in order. */
export async function mapWithLimit<Item, Result>(
  items: readonly Item[],
  limit: number,
  task: (item: Item) => Promise<Result>,
): Promise<Result[]> {
  const results: Result[] = [];
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < items.length; index = next++) {
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
