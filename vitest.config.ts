import { defineConfig } from 'vitest/config';

/** The behaviour suite runs once per target; the target is chosen by STUDYMATE_TARGET (see test/targets/). */
const behaviourTargets = ['msw', 'server-memory', 'mock-http'] as const;

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            '{contract,sdk,server,mocks}/**/*.test.ts',
            'test/{contract,build,examples,mocks}/**/*.test.ts',
          ],
        },
      },
      ...behaviourTargets.map((target) => ({
        test: {
          name: target,
          include: ['test/behaviour/**/*.test.ts'],
          env: { STUDYMATE_TARGET: target },
          // Node 20 has a global WebSocket only behind this flag, and MSW's ws.link intercepts only that one.
          execArgv: ['--experimental-websocket'],
        },
      })),
    ],
  },
});
