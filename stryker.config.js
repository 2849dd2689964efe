// @ts-check
/**
 * Mutation testing of the core and the SDK chat client: `npm run mutation` (not in `npm test` or CI:
 * too slow). One area: `npm run mutation -- --mutate 'core/use-cases/groups/*.ts'`. Incremental: a rerun
 * tests only mutants whose code or covering tests changed; the incremental file is gitignored
 * (generated, machine-specific, rewritten by every run).
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  // Node 20's global WebSocket (MSW's ws.link intercepts only that one); the runner's vitest threads inherit it.
  testRunnerNodeArgs: ['--experimental-websocket'],
  coverageAnalysis: 'perTest',
  mutate: ['core/**/*.ts', 'sdk/chat/**/*.ts', '!**/*.test.ts'],
  ignorePatterns: ['dist', 'coverage', '.data', 'reports'],
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  // Two cores here, shared: one mutant at a time by default; pass --concurrency 2 on an idle machine.
  concurrency: 1,
  timeoutMS: 10_000,
  thresholds: { high: 85, low: 70, break: null },
};
