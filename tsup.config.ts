import { readFileSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { builtinModules, createRequire } from 'node:module';
import path from 'node:path';
import { defineConfig, type Options } from 'tsup';
// The build reads the server's list of browser files to copy; none of it is bundled into another package.
// eslint-disable-next-line import-x/no-relative-packages
import { BROWSER_ASSETS_FOLDER, browserAssets } from './server/http/docs/browser-assets.js';

/** The published workspace packages and their entry points (`<folder>/dist/<name>.{js,cjs,d.ts,d.cts}`). */
const packages: { folder: string; entry: Record<string, string> }[] = [
  { folder: 'contract', entry: { index: 'contract/index.ts' } },
  { folder: 'core', entry: { index: 'core/index.ts' } },
  { folder: 'sdk', entry: { index: 'sdk/index.ts', 'react-query': 'sdk/react-query.ts' } },
  { folder: 'mocks', entry: { index: 'mocks/index.ts', browser: 'mocks/browser.ts' } },
  { folder: 'server', entry: { index: 'server/index.ts' } },
];

/**
 * A package's own dependencies (the other workspace packages included) and peer dependencies (the
 * SDK's optional @tanstack/react-query) stay imports, never bundled.
 */
function dependenciesOf(folder: string): string[] {
  const manifest = JSON.parse(readFileSync(`${folder}/package.json`, 'utf8')) as {
    dependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
  };
  return Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies });
}

/**
 * Runs after tsup's external list: a bare import that reaches it is a package the folder's
 * package.json does not declare, which would otherwise be copied silently into the bundle.
 */
function refuseUndeclaredPackages(folder: string): NonNullable<Options['esbuildPlugins']>[number] {
  const builtins = new Set(builtinModules);
  return {
    name: 'refuse-undeclared-packages',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, ({ path }) => {
        if (path.startsWith('node:') || builtins.has(path.split('/')[0] ?? path)) return undefined;
        return {
          errors: [{ text: `${folder}/ imports ${path}, which ${folder}/package.json does not declare` }],
        };
      });
    },
  };
}

/**
 * The server's docs pages load a few browser files of Swagger UI, ReDoc and the AsyncAPI component
 * (server/http/docs/browser-assets.ts): copied with their license texts into
 * `server/dist/docs-assets/<package>/`, so the published server depends on none of those packages
 * (root devDependencies here).
 */
async function copyBrowserAssets(): Promise<void> {
  const require = createRequire(path.resolve('package.json'));
  for (const { packageName, files, licenses } of browserAssets) {
    const from = path.dirname(require.resolve(`${packageName}/package.json`));
    for (const file of [...Object.values(files), ...licenses]) {
      const to = path.join('server/dist', BROWSER_ASSETS_FOLDER, packageName, file);
      await mkdir(path.dirname(to), { recursive: true });
      await copyFile(path.join(from, file), to);
    }
  }
}

function buildOf({ folder, entry }: (typeof packages)[number]): Options {
  return {
    name: folder,
    entry,
    outDir: `${folder}/dist`,
    format: ['esm', 'cjs'],
    dts: true,
    // server/http/docs/browser-asset-folder.ts finds dist/docs-assets from import.meta.url: the
    // shim supplies it in the CJS build.
    shims: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    platform: 'node',
    splitting: true,
    // tsconfig `paths` points the workspace packages at their source; a package imports the others
    // by name, as its users will, so their code is never copied into it.
    external: dependenciesOf(folder).map((name) => new RegExp(`^${name}(/.*)?$`)),
    esbuildPlugins: [refuseUndeclaredPackages(folder)],
    onSuccess: folder === 'server' ? copyBrowserAssets : undefined,
  };
}

export default defineConfig(packages.map(buildOf));
