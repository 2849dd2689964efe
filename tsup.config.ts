import { defineConfig } from 'tsup';

/**
 * One build for every public entry point. The entry keys keep the source paths so that
 * `contract/index.ts` becomes `dist/contract/index.{js,cjs,d.ts,d.cts}`, matching `exports`.
 */
export default defineConfig({
  entry: {
    'contract/index': 'contract/index.ts',
    'sdk/index': 'sdk/index.ts',
    'mocks/index': 'mocks/index.ts',
    'mocks/browser': 'mocks/browser.ts',
    'server/index': 'server/index.ts',
  },
  outDir: 'dist',
  format: ['esm', 'cjs'],
  dts: true,
  // server/http/docs/serve-docs.ts calls createRequire(import.meta.url): the shim supplies
  // import.meta.url in the CJS build.
  shims: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'node',
  splitting: true,
  // tsup keeps `dependencies` external already; this also keeps devDependencies and any
  // other bare specifier out of the bundle (only our own relative files are bundled).
  skipNodeModulesBundle: true,
});
