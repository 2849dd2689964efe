import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { canListProcesses, markedProcessesAfter, RUN_MARK_KEY } from './support/marked-processes.js';

/**
 * Gives the run a mark that test/support/child-processes.ts puts on every process a test starts;
 * at the end, any marked process still alive is killed and the run fails, naming it. A test
 * that leaves a server behind (a killed wrapper whose child lives on) cannot pass unnoticed.
 */
export default function setup(project: TestProject) {
  const runMark = `${process.pid}-${randomBytes(4).toString('hex')}`;
  project.provide(RUN_MARK_KEY, runMark);
  return async function teardown() {
    if (!(await canListProcesses())) {
      console.warn('No /proc here: the check for processes left running by tests is skipped.');
      return;
    }
    const leftRunning = await markedProcessesAfter(runMark, 1_000);
    if (leftRunning.length === 0) return;
    for (const { pid } of leftRunning) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Ended on its own meanwhile.
      }
    }
    // Vitest 4.1 logs a teardown's error but exits 0 for it: the exit code is set here.
    process.exitCode = 1;
    const list = leftRunning.map(({ pid, mark, commandLine }) => `  pid ${pid} (${mark}): ${commandLine}`);
    throw new Error(`Tests left ${leftRunning.length} process(es) running (now killed):\n${list.join('\n')}`);
  };
}
