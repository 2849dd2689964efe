import type { KnipConfig } from 'knip';

/**
 * Dead code and undeclared dependencies: `npm run knip` (part of `npm run lint`). Each package's
 * public entries (`index.ts`, and `browser.ts` of the mocks) come from its package.json `exports`;
 * tests, scripts and configs are entries too, so an export only they use still counts as used.
 */
const config: KnipConfig = {
  workspaces: {
    '.': {
      entry: [
        'test/**/*.test.ts',
        // `npm run bench` spawns servers.ts as a child process, so no import reaches it.
        'test/bench/*.ts',
        'examples/*.ts',
        // Named by stryker.config.js (`vitest.configFile`).
        'vitest.mutation.config.ts',
      ],
      project: ['**/*.{ts,js}'],
      // `.ci/run` calls `npx attw` and `npx publint` per package, and knip reads package.json scripts only.
      ignoreDependencies: ['@arethetypeswrong/cli', 'publint'],
    },
    contract: { project: ['**/*.ts'] },
    core: { entry: ['**/*.test.ts'], project: ['**/*.ts'] },
    sdk: { entry: ['**/*.test.ts'], project: ['**/*.ts'] },
    mocks: { entry: ['**/*.test.ts'], project: ['**/*.ts'] },
    server: {
      entry: ['**/*.test.ts'],
      project: ['**/*.ts'],
      // Served from disk, never imported: server/http/docs/serve-docs.ts finds their folders by
      // package name (`packageDirectory`) and sends their files (Swagger UI's assets, ReDoc's bundle,
      // the AsyncAPI React component's standalone bundle and styles).
      ignoreDependencies: ['redoc', 'swagger-ui-dist', '@asyncapi/react-component'],
    },
    cli: { entry: ['*.ts'], project: ['**/*.ts'] },
  },
};

export default config;
