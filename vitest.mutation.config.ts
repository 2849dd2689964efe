import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';
import { workspaceAliases } from './workspace-aliases.js';

/**
 * Unit test files first, then the behaviour suite: StrykerJS stops a mutant's run at the first
 * failure, so a mutant a unit test kills costs milliseconds instead of a scenario file or two.
 */
class UnitTestsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isBehaviour = (file: TestSpecification) => file.moduleId.includes('/test/behaviour/');
    return [...sorted.filter((file) => !isBehaviour(file)), ...sorted.filter(isBehaviour)];
  }
}

/**
 * The tests StrykerJS runs against each mutant (`npm run mutation`, stryker.config.js): the unit
 * tests beside core, server/realtime and sdk code, and the behaviour suite on the msw target
 * (in process, the fastest; the same core answers). Not the fuzzer (random inputs, slow) and not
 * ws-server.test.ts (it times real sockets, which a loaded mutation run would make flaky).
 */
export default defineConfig({
  resolve: { alias: workspaceAliases },
  test: {
    include: [
      'core/**/*.test.ts',
      'server/realtime/**/*.test.ts',
      'sdk/**/*.test.ts',
      'test/behaviour/**/*.test.ts',
    ],
    exclude: ['server/realtime/ws-server.test.ts', '**/node_modules/**'],
    env: { STUDYMATE_TARGET: 'msw' },
    // Node 20 has a global WebSocket only behind this flag, and MSW's ws.link intercepts only that one.
    execArgv: ['--experimental-websocket'],
    sequence: { sequencer: UnitTestsFirst },
  },
});
