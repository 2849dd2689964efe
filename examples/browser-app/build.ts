import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));

/** Each output file of the build: its bytes, minified, and gzipped. */
export type BundleSizes = Record<string, { bytes: number; gzip: number }>;

/**
 * Bundles the app with esbuild (React in production mode, minified, the mocks in a chunk of their
 * own) into `outdir`, beside index.html and MSW's mockServiceWorker.js (what `npx msw init` copies).
 */
export async function buildBrowserApp(outdir = join(here, 'dist')): Promise<BundleSizes> {
  mkdirSync(outdir, { recursive: true });
  const result = await build({
    entryPoints: [join(here, 'main.tsx')],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    jsx: 'automatic',
    // The workspace packages from their source, by the tsconfig `paths` (published, they come from dist).
    tsconfig: join(root, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': '"production"' },
    metafile: true,
    absWorkingDir: root,
    logLevel: 'warning',
  });
  copyFileSync(join(here, 'index.html'), join(outdir, 'index.html'));
  const require = createRequire(import.meta.url);
  copyFileSync(require.resolve('msw/mockServiceWorker.js'), join(outdir, 'mockServiceWorker.js'));
  return Object.fromEntries(
    Object.entries(result.metafile.outputs).map(([file, { bytes }]) => [
      file.slice(file.lastIndexOf('/') + 1),
      { bytes, gzip: gzipSync(readFileSync(join(root, file))).length },
    ]),
  );
}
