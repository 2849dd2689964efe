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
        // The browser app: esbuild bundles main.tsx; start.ts builds and serves it.
        'examples/browser-app/main.tsx',
        'examples/browser-app/start.ts',
        // Named by stryker.config.js (`vitest.configFile`).
        'vitest.mutation.config.ts',
      ],
      project: ['**/*.{ts,tsx,js}'],
      // `.ci/run` calls `npx attw` and `npx publint` per package, and knip reads package.json scripts only.
      // The docs pages' browser files are read from disk, never imported: the build copies them into
      // server/dist/docs-assets and the server run from source reads them from these packages, both
      // by name (server/http/docs/browser-assets.ts).
      ignoreDependencies: [
        '@arethetypeswrong/cli',
        'publint',
        'redoc',
        'swagger-ui-dist',
        '@asyncapi/react-component',
      ],
    },
    contract: { project: ['**/*.ts'] },
    core: { entry: ['**/*.test.ts'], project: ['**/*.ts'] },
    sdk: {
      entry: ['**/*.test.ts'],
      project: ['**/*.ts'],
      // An optional peer on purpose: only the `./react-query` entry imports it, for those who use it.
      ignoreDependencies: ['@tanstack/react-query'],
    },
    mocks: { entry: ['**/*.test.ts'], project: ['**/*.ts'] },
    server: {
      entry: ['**/*.test.ts'],
      project: ['**/*.ts'],
    },
    // The bins (cli/package.json `bin`) are JavaScript launchers that run the TypeScript commands under tsx.
    cli: { entry: ['*.ts', 'bin/*.js'], project: ['**/*.{ts,js}'] },
  },
};

export default config;
