import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BROWSER_ASSETS_FOLDER } from './browser-assets.js';

// In the build this module is part of dist/index.js (dist/index.cjs: tsup's shim supplies
// import.meta.url), so the copied files are in dist/docs-assets; from source the folder is absent.
const copied = path.join(path.dirname(fileURLToPath(import.meta.url)), BROWSER_ASSETS_FOLDER);
const require = createRequire(import.meta.url);

/**
 * Where a package's browser files are: `dist/docs-assets/<package>` beside the built server, or
 * else (run from source) the installed package itself.
 */
export function browserAssetFolder(packageName: string): string {
  if (existsSync(copied)) return path.join(copied, packageName);
  try {
    return path.dirname(require.resolve(`${packageName}/package.json`));
  } catch (error) {
    throw new Error(
      `The docs assets of ${packageName} are missing: neither ${copied} (a build of the server) nor the package is installed`,
      { cause: error },
    );
  }
}
