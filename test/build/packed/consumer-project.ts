import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Consumer } from './consumers.js';

/** The package an entry belongs to: `@studymate/mocks/browser` → `@studymate/mocks`. */
export function packageOf(specifier: string): string {
  return specifier.split('/').slice(0, 2).join('/');
}

/** The consumer folder of an entry: `@studymate/mocks/browser` → `use-mocks-browser`. */
export function folderOf(specifier: string): string {
  return `use-${specifier.replace('@studymate/', '').replace('/', '-')}`;
}

/**
 * The type checks of a consumer. `node20` is Node's own resolution (node16's, with `require` of an
 * ES module as Node >= 20.19 allows: msw's CommonJS types need it), the module as ESM (.ts) and as
 * CommonJS (.cts); `bundler` is Vite's, webpack's or esbuild's.
 */
export const resolutions = {
  node20: { module: 'node20', moduleResolution: 'node16', include: ['consumer.ts', 'consumer.cts'] },
  bundler: { module: 'esnext', moduleResolution: 'bundler', include: ['consumer.ts'] },
} as const;

type Resolution = keyof typeof resolutions;

type Environment = Consumer['environment'];

/** One tsc program per environment and resolution, over the consumers of that environment. */
export interface TypeCheck {
  environment: Environment;
  resolution: Resolution;
  /** The tsconfig file, relative to the project. */
  tsconfig: string;
  specifiers: string[];
}

export function typeChecksOf(consumers: readonly Consumer[]): TypeCheck[] {
  const environments = [...new Set(consumers.map(({ environment }) => environment))];
  return environments.flatMap((environment) =>
    (Object.keys(resolutions) as Resolution[]).map((resolution) => ({
      environment,
      resolution,
      tsconfig: `tsconfig.${environment}.${resolution}.json`,
      specifiers: consumers
        .filter((each) => each.environment === environment)
        .map(({ specifier }) => specifier),
    })),
  );
}

/**
 * A consumer's strict build: `skipLibCheck: false` checks every declaration file it reaches. Each
 * consumer file resolves its imports from its own workspace, so a program over several consumers
 * still sees each package as a project depending on it alone would.
 */
function tsconfigFor({ environment, resolution, specifiers }: TypeCheck) {
  const { module, moduleResolution, include } = resolutions[resolution];
  return {
    compilerOptions: {
      strict: true,
      skipLibCheck: false,
      noEmit: true,
      target: 'ES2022',
      module,
      moduleResolution,
      lib: environment === 'node' ? ['ES2022'] : ['ES2022', 'DOM', 'DOM.Iterable'],
      types: environment === 'browser' ? [] : ['node'],
      // The Node environments' @types/node is a consumer's own devDependency.
      typeRoots: environment === 'browser' ? [] : [`${folderOf(specifiers[0] ?? '')}/node_modules/@types`],
    },
    include: specifiers.flatMap((specifier) => include.map((file) => `${folderOf(specifier)}/${file}`)),
  };
}

/** Prints the entry's export names last, so the ESM and CommonJS runs can be compared. */
const printExports =
  "console.log(JSON.stringify(Object.keys(entry).filter((key) => key !== '__esModule').sort()));";

function smokeScripts({ specifier, smoke }: Consumer) {
  return {
    'smoke.mjs': [
      "import assert from 'node:assert/strict';",
      `import * as entry from '${specifier}';`,
      smoke,
      printExports,
    ].join('\n'),
    'smoke.cjs': [
      "const assert = require('node:assert/strict');",
      `const entry = require('${specifier}');`,
      `(async () => {${smoke}})().then(() => {${printExports}}, (error) => { console.error(error); process.exitCode = 1; });`,
    ].join('\n'),
  };
}

const writeJson = (file: string, value: unknown) =>
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);

/**
 * A fresh npm project: one workspace per consumer, depending only on its entry's tarball (and
 * @types/node for a Node consumer). Every @studymate package, the ones they depend on included,
 * comes from the tarballs (`overrides`), never from the registry.
 */
export function writeConsumerProject(
  directory: string,
  tarballs: Record<string, string>,
  options: { consumers: readonly Consumer[]; typesNode: string; versions: Record<string, string> },
): void {
  const overrides = Object.fromEntries(
    Object.entries(tarballs).map(([name, file]) => [name, `file:${file}`]),
  );
  const folders = options.consumers.map(({ specifier }) => folderOf(specifier));
  writeJson(path.join(directory, 'package.json'), {
    name: 'fresh-consumers',
    private: true,
    type: 'module',
    workspaces: folders,
    overrides,
  });
  for (const consumer of options.consumers) {
    const folder = path.join(directory, folderOf(consumer.specifier));
    mkdirSync(folder, { recursive: true });
    writeJson(path.join(folder, 'package.json'), {
      name: folderOf(consumer.specifier),
      private: true,
      type: 'module',
      dependencies: {
        [packageOf(consumer.specifier)]: overrides[packageOf(consumer.specifier)],
        ...Object.fromEntries(
          (consumer.alongside ?? []).map((name) => [name, options.versions[name] ?? '*']),
        ),
      },
      devDependencies: consumer.environment === 'browser' ? {} : { '@types/node': options.typesNode },
    });
    writeFileSync(path.join(folder, 'consumer.ts'), consumer.types);
    writeFileSync(path.join(folder, 'consumer.cts'), consumer.types);
    for (const [name, text] of Object.entries(smokeScripts(consumer))) {
      writeFileSync(path.join(folder, name), text);
    }
  }
  for (const check of typeChecksOf(options.consumers)) {
    writeJson(path.join(directory, check.tsconfig), tsconfigFor(check));
  }
}
