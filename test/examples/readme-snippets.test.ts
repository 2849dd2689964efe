import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { runScript } from '../support/child-processes.js';
import { extractSnippets, type Snippet } from './readme/extract-snippets.js';
import { REPORT_MARK } from './readme/harness.js';
import { createSnippetProject, type SnippetFile } from './readme/snippet-project.js';
import { SHELL_SNIPPETS, SNIPPET_RUNS, type SnippetRun } from './readme/snippet-runs.js';
import type { SnippetRunInBrowser } from './readme/browser-runs.js';
import { bundleSnippetPage } from './readme/snippet-page.js';
import { hasChromium, launchChromium, NO_CHROMIUM, pageLog, step } from './browser/chromium.js';
import { serveBrowserApp } from '../../examples/browser-app/serve.js';

const READMES = ['README.md', 'sdk/README.md', 'mocks/README.md'];
const TYPESCRIPT = new Set(['ts', 'tsx', 'typescript']);

const snippets = READMES.flatMap((file) => extractSnippets(file, readFileSync(file, 'utf8')));
const typescript = snippets.filter((snippet) => TYPESCRIPT.has(snippet.language));
const isRunInBrowser = (run: unknown): run is SnippetRunInBrowser =>
  typeof run === 'object' && run !== null && 'browser' in run;
const isRunHere = (run: unknown): run is SnippetRun =>
  typeof run === 'object' && run !== null && 'epilogue' in run;

/** Whether nothing listens on 127.0.0.1:`port` (a snippet written for port 8000 needs it free). */
function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

const project = createSnippetProject();
const files = new Map<string, SnippetFile>();
/** Started first, in a child process: the snippets run while it checks (about 30 s). */
let typeErrors: Promise<string[]>;
beforeAll(() => {
  for (const snippet of typescript) {
    const run = SNIPPET_RUNS[snippet.id];
    files.set(snippet.id, project.write(snippet, run?.prelude ?? '', isRunHere(run) ? run.epilogue : ''));
  }
  typeErrors = project.typeErrors([...files.values()]);
  // Awaited by its own test, last; a failure must not count as unhandled before that.
  typeErrors.catch(() => undefined);
});
afterAll(async () => {
  await typeErrors.catch(() => undefined);
  project.remove();
}, 180_000);

describe('the README snippets', () => {
  it('each have a run here, or a shell check named in test/examples/readme/snippet-runs.ts', ({ expect }) => {
    const known = (snippet: Snippet) =>
      TYPESCRIPT.has(snippet.language) ? snippet.id in SNIPPET_RUNS : snippet.id in SHELL_SNIPPETS;
    const unknown = snippets.filter((snippet) => !known(snippet));
    expect(unknown.map(({ id, language }) => `${id} (${language || 'no language'})`)).toEqual([]);
    const ids = new Set(snippets.map(({ id }) => id));
    const stale = Object.keys(SNIPPET_RUNS).filter((id) => !ids.has(id));
    expect(stale, 'entries whose snippet is gone').toEqual([]);
  });

  const runs = typescript.flatMap((snippet) => {
    const run = SNIPPET_RUNS[snippet.id];
    return isRunHere(run) ? [{ snippet, run }] : [];
  });
  it.for(runs.map(({ snippet, run }) => ({ id: snippet.id, snippet, run })))(
    'run as written: $id',
    { timeout: 60_000 },
    async ({ snippet, run }, context) => {
      const { expect } = context;
      if (run.port !== undefined && !(await isPortFree(run.port))) {
        context.skip(`port ${run.port}, which the snippet is written for, is taken by another process`);
      }
      const file = files.get(snippet.id);
      if (!file) throw new Error(`${snippet.id} was not written`);
      const output = await runScript(file.path, {
        cwd: project.directory,
        // Node 20's global WebSocket, which MSW intercepts, as the README says to run it.
        env: { NODE_OPTIONS: '--experimental-websocket', ...run.env },
      }).catch((error: unknown) => {
        if (run.knownIssue?.output.test(String(error))) context.skip(`known issue: ${run.knownIssue.reason}`);
        throw error;
      });
      const report = output.split('\n').find((line) => line.startsWith(REPORT_MARK));
      expect(report, `no report in:\n${output}`).toBeDefined();
      expect(JSON.parse(report?.slice(REPORT_MARK.length) ?? 'null')).toEqual(run.expected);
    },
  );

  it('give a `npx msw init` that writes the worker and records it, asking nothing', async ({ expect }) => {
    const commands = READMES.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/`npx (msw init [^`]*)`/g)].map((match) => match[1] ?? ''),
    );
    expect(new Set(commands)).toEqual(new Set(['msw init public/ --save']));
    const directory = mkdtempSync(join(tmpdir(), 'msw-init-'));
    try {
      symlinkSync(join(process.cwd(), 'node_modules'), join(directory, 'node_modules'), 'dir');
      writeFileSync(join(directory, 'package.json'), JSON.stringify({ name: 'an-app', private: true }));
      // What `npx msw …` runs, with no terminal to answer a prompt (stdin is closed).
      const [, ...args] = (commands[0] ?? '').split(' ');
      await runScript(join(directory, 'node_modules/.bin/msw'), { args, cwd: directory });
      expect(existsSync(join(directory, 'public/mockServiceWorker.js'))).toBe(true);
      const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as unknown;
      expect(manifest).toMatchObject({ msw: { workerDirectory: ['public'] } });
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }, 60_000);

  const pages = typescript.flatMap((snippet) => {
    const run = SNIPPET_RUNS[snippet.id];
    return isRunInBrowser(run) ? [{ id: snippet.id, snippet, run }] : [];
  });
  it.for(pages)(
    'run as written in Chromium: $id',
    { timeout: 120_000 },
    async ({ snippet, run }, context) => {
      if (!hasChromium) context.skip(NO_CHROMIUM);
      const file = files.get(snippet.id);
      if (!file) throw new Error(`${snippet.id} was not written`);
      const site = await serveBrowserApp(await bundleSnippetPage(file.path, project.directory));
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        const log = pageLog(page);
        const seen = await step({ page, log }, `readme-${snippet.id}`, async () => {
          await page.goto(`${site.url}/`);
          return run.browser(page);
        });
        context.expect(seen).toEqual(run.expected);
      } finally {
        await browser.close();
        await site.close();
      }
    },
  );

  it('type-check as written', { timeout: 180_000 }, async ({ expect }) => {
    expect(await typeErrors).toEqual([]);
  });
});
