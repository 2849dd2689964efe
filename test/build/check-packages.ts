/**
 * The published packages as their users get them. `npm pack` each workspace package, install the
 * tarballs into a fresh project (a workspace per entry, in npm's isolated `linked` layout: a
 * package sees only what its package.json declares), then check every entry:
 *
 * - what installing each package brings (the SDK at most 4 packages; the mocks no Postgres,
 *   PGlite, Express or docs assets; the server no mocks, and no docs package: the browser files of
 *   its docs pages ship in its tarball, which must hold them);
 * - the built code: ESM `import` and CommonJS `require`, each with a smoke run, and the same exports;
 * - a browser bundle of the browser entries (esbuild, platform browser);
 * - `tsc` with `strict` and `skipLibCheck: false` on a consumer module, with node16 resolution (as
 *   ESM and as CommonJS) and bundler resolution.
 *
 * A missing or stale dist is rebuilt first (`npm run build`), so an old build never passes.
 * Usage: `npx tsx test/build/check-packages.ts [--keep]` (`--keep` leaves the fresh project).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { BROWSER_ASSETS_FOLDER, browserAssets } from '../../server/http/docs/browser-assets.js';
import {
  folderOf,
  packageOf,
  resolutions,
  typeChecksOf,
  writeConsumerProject,
  type TypeCheck,
} from './packed/consumer-project.js';
import { consumers, type Consumer } from './packed/consumers.js';
import { dependencyClosure, resolveLocation, type LockedPackages } from './packed/dependency-closure.js';
import { exportedFiles, staleDistReason } from './packed/fresh-dist.js';
import { mapWithLimit, runCommand } from './packed/run-command.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const npm = 'npm';

/** What installing a package may bring: only the `allowed` packages, and none of the `forbidden`. */
const dependencyGoals: Record<string, { allowed?: string[]; forbidden?: string[] }> = {
  '@studymate/sdk': { allowed: ['@studymate/sdk', '@studymate/contract', 'zod', '@ts-rest/core'] },
  '@studymate/mocks': {
    forbidden: [
      '@studymate/server',
      'postgres',
      '@electric-sql/pglite',
      'express',
      'redoc',
      'swagger-ui-dist',
    ],
  },
  // The docs pages' browser files ship in dist/docs-assets: no docs package, React or jsdom.
  '@studymate/server': {
    forbidden: [
      '@studymate/mocks',
      'msw',
      '@faker-js/faker',
      ...browserAssets.map(({ packageName }) => packageName),
      'react',
      'jsdom',
    ],
  },
};

/** Files a tarball must hold besides what `exports` names: the server's copied browser files. */
const shippedFiles: Record<string, string[]> = {
  '@studymate/server': browserAssets.flatMap(({ packageName, files, licenses }) =>
    [...Object.values(files), ...licenses].map((file) =>
      path.posix.join('dist', BROWSER_ASSETS_FOLDER, packageName, file),
    ),
  ),
};

interface Manifest {
  name: string;
  private?: boolean;
  workspaces?: string[];
  exports?: Record<string, unknown>;
  devDependencies?: Record<string, string>;
}

/** A package.json, of the root or of a folder (`''` for the root). */
const manifestOf = (folder: string) =>
  JSON.parse(readFileSync(path.join(root, folder, 'package.json'), 'utf8')) as Manifest;
const failures: string[] = [];

function report(check: string, problem: string | null, detail = ''): void {
  console.log(`${problem ? '✗' : '✓'} ${check}${detail ? ` (${detail})` : ''}`);
  if (problem) {
    console.log(problem.replace(/^/gm, '    '));
    failures.push(check);
  }
}

const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(1)} s`;

/** The workspace folders that are published (not private). */
function publishedFolders(): string[] {
  const { workspaces = [] } = manifestOf('');
  return workspaces.filter((folder) => !manifestOf(folder).private);
}

async function ensureFreshBuild(folders: string[]): Promise<void> {
  const reason = staleDistReason(root, folders);
  if (reason === null) return;
  console.log(`The build is stale (${reason}): npm run build`);
  const built = await runCommand(npm, ['run', 'build'], { cwd: root, timeoutMs: 900_000 });
  const still = built.status === 0 ? staleDistReason(root, folders) : built.output.slice(-4000);
  report('npm run build', still, seconds(built.milliseconds));
  if (still !== null) throw new Error('No fresh build to check.');
}

/** Packs every folder; checks each tarball holds what `exports` names and README.md, and no source or tests. */
async function pack(folders: string[], destination: string): Promise<Record<string, string>> {
  const args = [
    'pack',
    '--json',
    '--pack-destination',
    destination,
    ...folders.map((folder) => `./${folder}`),
  ];
  const packed = await runCommand(npm, args, { cwd: root });
  if (packed.status !== 0) throw new Error(`npm pack failed:\n${packed.output}`);
  const results = JSON.parse(packed.output.slice(packed.output.indexOf('['))) as {
    name: string;
    filename: string;
    files: { path: string }[];
  }[];
  const tarballs: Record<string, string> = {};
  for (const [index, { name, filename, files }] of results.entries()) {
    tarballs[name] = path.join(destination, filename);
    const paths = new Set(files.map((file) => file.path));
    const manifest = manifestOf(folders[index]!);
    const needed = [
      'package.json',
      'README.md',
      ...exportedFiles(manifest).map((file) => file.slice(2)),
      ...(shippedFiles[name] ?? []),
    ];
    const absent = needed.filter((file) => !paths.has(file));
    const stray = [...paths].filter((file) => /\.test\.|(?<!\.d)\.c?ts$|(?<!\.d)\.mts$/.test(file));
    const problems = [...absent.map((file) => `missing ${file}`), ...stray.map((file) => `ships ${file}`)];
    report(`${name}: tarball contents`, problems.length ? problems.join('\n') : null, `${paths.size} files`);
  }
  return tarballs;
}

function checkDependencies(project: string): void {
  const lockfile = readFileSync(path.join(project, 'package-lock.json'), 'utf8');
  const { packages } = JSON.parse(lockfile) as { packages: LockedPackages };
  const fromRegistry = Object.entries(packages)
    .filter(([location, entry]) => location.includes('@studymate/') && !entry.resolved?.startsWith('file:'))
    .map(([location, entry]) => `${location} came from ${entry.resolved ?? 'nowhere'}`);
  report('every @studymate package came from a tarball', fromRegistry.join('\n') || null);
  for (const consumer of consumers.filter(({ specifier }) => packageOf(specifier) === specifier)) {
    const name = consumer.specifier;
    const location = resolveLocation(packages, folderOf(name), name);
    if (location === undefined) {
      report(`${name}: installed`, 'not in package-lock.json');
      continue;
    }
    const closure = dependencyClosure(packages, location);
    const names = closure.packages.map((entry) => entry.slice(0, entry.lastIndexOf('@')));
    const { allowed, forbidden = [] } = dependencyGoals[name] ?? {};
    const problems = [
      ...closure.missing.map((edge) => `missing ${edge}`),
      ...names.filter((each) => allowed && !allowed.includes(each)).map((each) => `brings ${each}`),
      ...names.filter((each) => forbidden.includes(each)).map((each) => `brings ${each}`),
    ];
    report(`${name}: brings ${names.length} packages`, problems.join('\n') || null);
  }
}

/** Node 20 has a global WebSocket (which MSW's ws.link intercepts) only behind a flag. */
const nodeFlags = Number(process.versions.node.split('.')[0]) < 22 ? ['--experimental-websocket'] : [];

async function checkRuntime(project: string, consumer: Consumer): Promise<void> {
  const cwd = path.join(project, folderOf(consumer.specifier));
  const runs = await Promise.all(
    ['smoke.mjs', 'smoke.cjs'].map((file) =>
      runCommand('node', [...nodeFlags, file], { cwd, timeoutMs: 60_000 }),
    ),
  );
  const [esm, cjs] = runs.map((run) => (run.status === 0 ? run.output.trim().split('\n').at(-1) : undefined));
  for (const [format, run] of [['ESM import', runs[0]!] as const, ['CJS require', runs[1]!] as const]) {
    report(
      `${consumer.specifier}: ${format}`,
      run.status === 0 ? null : run.output.slice(-3000),
      seconds(run.milliseconds),
    );
  }
  if (esm !== undefined && cjs !== undefined) {
    report(
      `${consumer.specifier}: same exports in ESM and CJS`,
      esm === cjs ? null : `ESM ${esm}\nCJS ${cjs}`,
    );
  }
}

/** Server-only package files that must never reach a browser bundle. */
const serverOnlyInput =
  /node_modules\/(express|ws|pg|@electric-sql\/pglite)\/|node_modules\/msw\/lib\/node\//;

async function checkBrowserBundle(project: string, { specifier }: Consumer): Promise<void> {
  const cwd = path.join(project, folderOf(specifier));
  const result = await build({
    stdin: { contents: `export * from '${specifier}';`, resolveDir: cwd, loader: 'js' },
    absWorkingDir: cwd,
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  }).catch((error: unknown) => ({
    errors: (error as { errors: { text: string }[] }).errors,
    metafile: undefined,
  }));
  const inputs = Object.keys(result.metafile?.inputs ?? {});
  const problems = [
    ...result.errors.map(({ text }) => text),
    ...inputs.filter((input) => serverOnlyInput.test(input)),
  ];
  report(`${specifier}: browser bundle`, problems.join('\n') || null, `${inputs.length} modules`);
}

/** Runs the type checks, two at a time (each tsc is one busy core). */
async function checkTypes(project: string, checks: TypeCheck[]): Promise<void> {
  const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
  await mapWithLimit(checks, 2, async ({ environment, resolution, tsconfig, specifiers }) => {
    const run = await runCommand('node', [tsc, '-p', tsconfig, '--extendedDiagnostics'], {
      cwd: project,
      timeoutMs: 600_000,
    });
    const memory = /Memory used:\s+(\d+)K/.exec(run.output)?.[1];
    const errors = run.output.split('\n').filter((line) => /error TS\d+/.test(line));
    const detail = `${seconds(run.milliseconds)}, ${Math.round(Number(memory ?? 0) / 1024)} MB`;
    const problem = run.status === 0 ? null : errors.slice(0, 40).join('\n') || run.output.slice(-3000);
    const files = resolutions[resolution].include.join(' and ');
    report(`tsc ${resolution}, ${environment}: ${specifiers.join(', ')} (${files})`, problem, detail);
  });
}

async function main(): Promise<void> {
  const keep = process.argv.includes('--keep');
  const folders = publishedFolders();
  const manifests = folders.map((folder) => manifestOf(folder));
  const entries = manifests.flatMap(({ name, exports = {} }) =>
    Object.keys(exports)
      .filter((key) => key !== './package.json')
      .map((key) => name + key.slice(1)),
  );
  const unchecked = entries.filter((entry) => !consumers.some(({ specifier }) => specifier === entry));
  report(
    'every published entry has a consumer',
    unchecked.length ? `no consumer for ${unchecked.join(', ')}` : null,
  );

  await ensureFreshBuild(folders);
  const directory = mkdtempSync(path.join(tmpdir(), 'studymate-packages-'));
  try {
    mkdirSync(path.join(directory, 'tarballs'));
    const tarballs = await pack(folders, path.join(directory, 'tarballs'));
    const project = path.join(directory, 'project');
    mkdirSync(project);
    const { devDependencies = {} } = manifestOf('');
    writeConsumerProject(project, tarballs, {
      consumers,
      typesNode: devDependencies['@types/node'] ?? '*',
      versions: devDependencies,
    });
    const installArgs = ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts'];
    const install = await runCommand(npm, [...installArgs, '--install-strategy=linked'], { cwd: project });
    report(
      'npm install of the tarballs in a fresh project',
      install.status === 0 ? null : install.output,
      seconds(install.milliseconds),
    );
    if (install.status !== 0) return;

    checkDependencies(project);
    for (const consumer of consumers) await checkRuntime(project, consumer);
    for (const consumer of consumers.filter(({ environment }) => environment === 'browser')) {
      await checkBrowserBundle(project, consumer);
    }
    await checkTypes(project, typeChecksOf(consumers));
  } finally {
    if (keep) console.log(`The fresh project stays in ${directory}`);
    else rmSync(directory, { recursive: true, force: true });
  }
}

const startedAt = performance.now();
await main();
const took = seconds(performance.now() - startedAt);
if (failures.length) {
  console.error(`\n${failures.length} check(s) failed in ${took}: ${failures.join('; ')}`);
  process.exitCode = 1;
} else {
  console.log(`\nEvery package passed in ${took}.`);
}
