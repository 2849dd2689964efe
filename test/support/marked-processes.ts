import { readdir, readFile } from 'node:fs/promises';

/**
 * Every process a test starts carries `STUDYMATE_TEST_CHILD=<run>/<child>` in its environment, and
 * so does everything it starts in turn (a `tsx` wrapper's node, say). The global teardown finds
 * what a run left behind by that mark, whatever its parent was. Linux only: it reads /proc.
 */
export const CHILD_MARK = 'STUDYMATE_TEST_CHILD';

/** The run's mark, given to the tests by the global setup (`inject(RUN_MARK_KEY)`). */
export const RUN_MARK_KEY = 'studymateRunMark';

declare module 'vitest' {
  export interface ProvidedContext {
    [RUN_MARK_KEY]: string;
  }
}

export interface MarkedProcess {
  pid: number;
  mark: string;
  commandLine: string;
}

/** Whether this system lists processes' environments under /proc. */
export async function canListProcesses(): Promise<boolean> {
  return readdir('/proc/self').then(
    () => true,
    () => false,
  );
}

/** Live processes marked `mark` or below it: a run's `<run>` finds all its children, `<run>/<n>` one. */
async function markedProcesses(mark: string): Promise<MarkedProcess[]> {
  const found: MarkedProcess[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    // A process may end, or belong to another user, while the list is read: skip it.
    const environment = await readFile(`/proc/${entry}/environ`, 'utf8').catch(() => '');
    const value = environment
      .split('\0')
      .find((variable) => variable.startsWith(`${CHILD_MARK}=`))
      ?.slice(CHILD_MARK.length + 1);
    if (value === undefined || (value !== mark && !value.startsWith(`${mark}/`))) continue;
    const commandLine = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    found.push({ pid: Number(entry), mark: value, commandLine: commandLine.split('\0').join(' ').trim() });
  }
  return found;
}

/**
 * Marked processes still alive after up to `graceMs`: what a killed child had started (tsx runs an
 * esbuild service under it) ends on its own when the pipes to its dead parent close.
 */
export async function markedProcessesAfter(mark: string, graceMs: number): Promise<MarkedProcess[]> {
  const deadline = Date.now() + graceMs;
  for (;;) {
    const alive = await markedProcesses(mark);
    if (alive.length === 0 || Date.now() >= deadline) return alive;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
