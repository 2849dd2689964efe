import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildFailure, type BuildOptions, type Message, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Folders whose code must run in a browser: the MSW worker bundles them. */
const browserSafeFolders = ['core/', 'mocks/', 'contract/'];

/** Server-only packages that must never reach the browser bundle, whoever imports them. */
const serverOnlyPackages = ['express', 'ws', 'postgres', 'msw/node'];

const nodeBuiltins = new Set(builtinModules);

interface ResolvedImport {
  /** Importing file, relative to the repository root (or under node_modules/). */
  importer: string;
  /** The specifier exactly as written in the source. */
  specifier: string;
  kind: string;
}

function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || nodeBuiltins.has(specifier.split('/')[0] ?? specifier);
}

function isServerOnlyPackage(specifier: string): boolean {
  return serverOnlyPackages.some((name) => specifier === name || specifier.startsWith(`${name}/`));
}

function isInBrowserSafeFolder(importer: string): boolean {
  return browserSafeFolders.some((folder) => importer.startsWith(folder));
}

function isForbidden({ importer, specifier }: ResolvedImport): boolean {
  return (isInBrowserSafeFolder(importer) && isNodeBuiltin(specifier)) || isServerOnlyPackage(specifier);
}

/**
 * Records every import esbuild resolves, with its importer. Forbidden ones are marked external
 * so that the build goes on and the test lists them all instead of stopping at the first; any
 * other import esbuild cannot resolve for the browser still fails the build.
 */
function recordImports(imports: ResolvedImport[]): Plugin {
  return {
    name: 'record-imports',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        const resolvedImport = {
          importer: path.relative(root, args.importer).split(path.sep).join('/'),
          specifier: args.path,
          kind: args.kind,
        };
        imports.push(resolvedImport);
        return isForbidden(resolvedImport) ? { path: args.path, external: true } : undefined;
      });
    },
  };
}

function forbiddenImports(imports: ResolvedImport[]): string[] {
  return imports.filter(isForbidden).map(({ importer, specifier }) => `${importer} imports ${specifier}`);
}

/** Server-only package files that made it into the bundle, however they were reached. */
function serverOnlyInputs(inputs: string[]): string[] {
  const serverOnlyPath = /node_modules\/(express|ws|pg)\/|node_modules\/msw\/lib\/node\//;
  return inputs.filter((input) => serverOnlyPath.test(input));
}

function formatMessage({ location, text }: Message): string {
  return location ? `${location.file}:${location.line}: ${text}` : text;
}

/** Bundles like a browser app would; a failed build is returned, not thrown, to report all findings. */
async function bundleForBrowser(entry: Pick<BuildOptions, 'entryPoints' | 'stdin'>) {
  const imports: ResolvedImport[] = [];
  try {
    const result = await build({
      ...entry,
      absWorkingDir: root,
      platform: 'browser',
      bundle: true,
      write: false,
      format: 'esm',
      metafile: true,
      logLevel: 'silent',
      plugins: [recordImports(imports)],
    });
    return { imports, errors: result.errors.map(formatMessage), inputs: Object.keys(result.metafile.inputs) };
  } catch (error) {
    const { errors } = error as BuildFailure;
    return { imports, errors: errors.map(formatMessage), inputs: [] };
  }
}

describe('browser bundle', () => {
  it('bundles mocks/browser for the browser without Node-only modules', async () => {
    const { imports, errors, inputs } = await bundleForBrowser({ entryPoints: ['mocks/browser.ts'] });

    expect(forbiddenImports(imports)).toEqual([]);
    expect(errors).toEqual([]);
    expect(inputs).toContain('mocks/browser.ts');
    expect(serverOnlyInputs(inputs)).toEqual([]);
  });

  it('reports Node-only and server-only imports from a browser-safe folder', async () => {
    const probe = ["import { readFileSync } from 'node:fs';", "import 'path';", "import 'express';"];
    const { imports } = await bundleForBrowser({
      stdin: {
        contents: [...probe, 'export { readFileSync };'].join('\n'),
        resolveDir: path.join(root, 'core'),
        sourcefile: 'probe.ts',
        loader: 'ts',
      },
    });

    expect(forbiddenImports(imports)).toEqual([
      'core/probe.ts imports node:fs',
      'core/probe.ts imports path',
      'core/probe.ts imports express',
    ]);
  });
});
