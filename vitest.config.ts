import { defineConfig } from 'vitest/config';
import { workspaceAliases } from './workspace-aliases.js';

/** The behaviour suite runs once per target; the target is chosen by STUDYMATE_TARGET (see test/targets/). */
const behaviourTargets = [
  'msw',
  'server-memory',
  'mock-http',
  // The Postgres store: embedded PGlite always, the real server when DATABASE_URL names one (CI sets it).
  'server-pglite',
  ...(process.env['DATABASE_URL'] ? ['server-postgres'] : []),
];

export default defineConfig({
  test: {
    // Marks every process a test starts; the run fails if one is still alive at the end.
    globalSetup: ['test/global-setup.ts'],
    projects: [
      {
        resolve: { alias: workspaceAliases },
        test: {
          name: 'unit',
          include: [
            '{contract,core,sdk,server,mocks,cli}/**/*.test.ts',
            'test/{contract,build,examples,mocks,http,sdk,cli}/**/*.test.ts',
          ],
        },
      },
      {
        resolve: { alias: workspaceAliases },
        test: {
          // The Postgres store's own proofs (races, durability, query counts): the real server when
          // DATABASE_URL names one, else PGlite.
          name: 'postgres',
          include: ['test/postgres/**/*.test.ts'],
          env: { STUDYMATE_TARGET: process.env['DATABASE_URL'] ? 'server-postgres' : 'server-pglite' },
          execArgv: ['--experimental-websocket'],
          hookTimeout: 60_000,
          testTimeout: 120_000,
        },
      },
      {
        resolve: { alias: workspaceAliases },
        test: {
          // Several server processes on one Postgres and one Redis (DESIGN §6): skipped, saying
          // why, unless DATABASE_URL and REDIS_URL are set.
          name: 'scale-out',
          include: ['test/scale-out/**/*.test.ts'],
          execArgv: ['--experimental-websocket'],
          hookTimeout: 120_000,
          testTimeout: 120_000,
        },
      },
      {
        resolve: { alias: workspaceAliases },
        test: {
          // The server under a WebSocket attacker: floods, huge frames, a reader that stops reading,
          // 500 sockets dropped without a close; it measures its own heap after GC.
          name: 'abuse',
          include: ['test/abuse/**/*.test.ts'],
          execArgv: ['--expose-gc'],
          hookTimeout: 60_000,
          testTimeout: 30_000,
        },
      },
      ...behaviourTargets.map((target) => ({
        resolve: { alias: workspaceAliases },
        test: {
          name: target,
          // The contract fuzzer (test/fuzz/) runs on every target too.
          include: ['test/behaviour/**/*.test.ts', 'test/fuzz/**/*.test.ts'],
          env: { STUDYMATE_TARGET: target },
          // Node 20 has a global WebSocket only behind this flag, and MSW's ws.link intercepts only that one.
          execArgv: ['--experimental-websocket'],
          // A worker's first PGlite boots in seconds, more on a busy machine; targets open in hooks.
          ...(target.startsWith('server-p') ? { hookTimeout: 60_000, testTimeout: 30_000 } : {}),
          // Files share a worker's modules: its PGlite boots once, and nothing is imported twice.
          isolate: false,
        },
      })),
    ],
  },
});
