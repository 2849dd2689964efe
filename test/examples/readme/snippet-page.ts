import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { build } from 'esbuild';

const PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><link rel="icon" href="data:," /><title>README snippet</title></head>
  <body><div id="root"></div><script type="module" src="./main.js"></script></body>
</html>
`;

/**
 * A page for a browser snippet written into the snippet project (prelude + snippet): esbuild bundles
 * it as Vite would serve it in development (`import.meta.env.DEV` true), beside MSW's worker script.
 * Resolves with the page's folder.
 */
export async function bundleSnippetPage(path: string, project: string): Promise<string> {
  const folder = join(project, `page-${basename(path).replace(/\.\w+$/, '')}`);
  mkdirSync(folder, { recursive: true });
  await build({
    entryPoints: [path],
    outfile: join(folder, 'main.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    define: { 'import.meta.env.DEV': 'true', 'process.env.NODE_ENV': '"development"' },
    absWorkingDir: project,
    tsconfig: join(project, 'tsconfig.json'),
    logLevel: 'warning',
  });
  writeFileSync(join(folder, 'index.html'), PAGE);
  const worker = createRequire(import.meta.url).resolve('msw/mockServiceWorker.js');
  copyFileSync(worker, join(folder, 'mockServiceWorker.js'));
  return folder;
}
