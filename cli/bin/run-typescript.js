import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

/**
 * Runs a TypeScript entry of cli/ (this workspace is never built) under tsx, with the repository's
 * tsconfig: its `paths` resolve `@studymate/*` to their sources, from any working directory.
 * Workers of `--workers N` run the same bin, so they register it too.
 */
export async function runTypeScript(entry) {
  register({ tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)) });
  await import(new URL(entry, import.meta.url).href);
}
