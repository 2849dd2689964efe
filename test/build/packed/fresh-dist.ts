import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Files whose change changes a build: the packages' non-test TypeScript and manifests, and the build's config. */
function buildInputs(root: string, folders: readonly string[]): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) return ['dist', 'node_modules'].includes(entry.name) ? [] : walk(file);
      const isInput = (file.endsWith('.ts') && !file.endsWith('.test.ts')) || entry.name === 'package.json';
      return isInput ? [file] : [];
    });
  const config = ['tsup.config.ts', 'tsconfig.json'].map((file) => path.join(root, file));
  return [...config, ...folders.flatMap((folder) => walk(path.join(root, folder)))];
}

/** Every file a package.json `exports` points to, e.g. `dist/browser.d.cts`. */
export function exportedFiles(manifest: { exports?: unknown }): string[] {
  const targets = (value: unknown): string[] => {
    if (typeof value === 'string') return [value];
    if (value && typeof value === 'object') return Object.values(value).flatMap(targets);
    return [];
  };
  return [...new Set(targets(manifest.exports))];
}

const modifiedAt = (file: string) => statSync(file).mtimeMs;

/**
 * Why the build output cannot be trusted, or null: a file `exports` names is missing, or an input
 * changed after the oldest file of a dist (a build writes every file of it, so its oldest file is
 * about when it started).
 */
export function staleDistReason(root: string, folders: readonly string[]): string | null {
  let builtAt = Infinity;
  for (const folder of folders) {
    const manifest = JSON.parse(readFileSync(path.join(root, folder, 'package.json'), 'utf8')) as object;
    const files = exportedFiles(manifest).filter((file) => file.startsWith('./dist/'));
    const absent = files.find((file) => !existsSync(path.join(root, folder, file)));
    if (absent) return `${folder}/${absent.slice(2)} is missing`;
    const dist = path.join(root, folder, 'dist');
    for (const file of readdirSync(dist)) builtAt = Math.min(builtAt, modifiedAt(path.join(dist, file)));
  }
  const newer = buildInputs(root, folders).find((file) => modifiedAt(file) > builtAt);
  return newer ? `${path.relative(root, newer)} changed after the last build` : null;
}
