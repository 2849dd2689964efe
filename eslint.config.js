// @ts-check
import { readdirSync } from 'node:fs';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/*
 * The rooms and their one-way arrows (ARCHITECTURE.md). Tests (`*.test.ts`, `test/`) wire real
 * adapters around the unit under test and are exempt from every boundary below.
 *
 *   contract  → zod, @ts-rest/core
 *   sdk       → the contract (browser-safe)
 *   core      → the contract (browser-safe); inside it, each room below imports only the rooms named
 *   mocks     → the contract and core (browser-safe, but the Node entry `mocks/index.ts`)
 *   server    → the contract and core (Node); never the mocks
 *   cli       → everything by package name (Node): the composition root of `npm start`, `npm run mock`
 *
 * Packages import each other by name (`@studymate/core`), never by a path into another folder.
 */

const tests = ['**/*.test.ts', 'test/**'];
const packages = ['contract', 'core', 'sdk', 'mocks', 'server', 'cli'];
/** Each package's public face: what `@studymate/<name>` resolves to (tsconfig `paths`). */
const entries = {
  contract: ['./index.ts'],
  core: ['./index.ts'],
  sdk: ['./index.ts', './react-query.ts'],
  mocks: ['./index.ts', './browser.ts'],
  server: ['./index.ts'],
  cli: [],
};
const foldersIn = (/** @type {string} */ folder) =>
  readdirSync(new URL(folder, import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

/** What every room of core builds on: the ports, the shared rules, and the context and config types. */
const coreBase = ['./ports', './rules', './context.ts', './config.ts'];

/**
 * The rooms of core: each imports from core only its own folder and the paths listed (relative to
 * `core/`). `core/index.ts` and the `create-*.ts` files beside it compose them all.
 * @type {{ room: string, mayImport: string[], message: string }[]}
 */
const coreRooms = [
  // The interfaces core needs from the world (store, clock, ids, tokens, hashing, presence, events).
  { room: 'ports', mayImport: [], message: 'core/ports imports the contract and other ports only.' },
  // The shared rules of DESIGN §2 (errors, paging, geo, session status, group and request decisions).
  {
    room: 'rules',
    mayImport: ['./ports', './context.ts', './config.ts'],
    message: 'core/rules imports the contract, ports, rules, core/context.ts and core/config.ts only.',
  },
  // The use cases, one folder per area: what two areas share belongs in core/rules.
  ...foldersIn('./core/use-cases').map((area) => ({
    room: `use-cases/${area}`,
    mayImport: coreBase,
    message: `core/use-cases/${area} imports the contract, ports, rules and its own area only: move what areas share to core/rules.`,
  })),
  // The use-case tree, composed of each area's slice.
  {
    room: 'use-cases/index.ts',
    mayImport: ['./context.ts', './use-cases'],
    message:
      'core/use-cases/index.ts composes the areas: it imports their index.ts and core/context.ts only.',
  },
  // Port implementations that run anywhere: the memory store, in-process events and rate limits,
  // JWT and PBKDF2 over Web Crypto.
  ...foldersIn('./core/adapters').map((adapter) => ({
    room: `adapters/${adapter}`,
    // The token service reads its secret and token lifetimes from CoreConfig.
    mayImport: ['./ports', './rules', ...(adapter === 'security' ? ['./config.ts'] : [])],
    message: `core/adapters/${adapter} imports the contract, ports and shared rules only: it implements a port, it calls no use case.`,
  })),
  // The request dispatcher: a contract route's request → its use case → `{status, body}`, for both
  // transports (Express in server/http, MSW in mocks).
  {
    room: 'dispatcher',
    // The use-case tree reaches it as an argument (core/create-api.ts), never by import.
    mayImport: coreBase,
    message: 'core/dispatcher imports the contract, ports, rules and core context only.',
  },
  // The chat hub behind both socket transports (ws in server/realtime, MSW's ws.link in mocks):
  // rooms, presence, fan-out, resume.
  {
    room: 'realtime',
    mayImport: coreBase,
    message:
      'core/realtime imports the contract, ports, rules and core context only: what it shares with a use case is a rule.',
  },
  // The types every room builds on.
  {
    room: 'context.ts',
    mayImport: ['./ports', './config.ts'],
    message: 'core/context.ts imports ports and config only.',
  },
  { room: 'config.ts', mayImport: [], message: 'core/config.ts imports nothing from core.' },
];

/** `import-x/no-restricted-paths` zones: each lists what its `target` may NOT import. */
const boundaries = [
  ...coreRooms.map(({ room, mayImport, message }) => ({
    target: `./core/${room}`,
    from: './core',
    except: room.endsWith('.ts') ? mayImport : [`./${room}`, ...mayImport],
    message,
  })),
  // Outside a package, only its public face: `@studymate/core` resolves to core/index.ts.
  ...packages.map((name) => ({
    target: [...packages.filter((other) => other !== name), 'examples'].map((folder) => `./${folder}`),
    from: `./${name}`,
    except: entries[name],
    message:
      name === 'cli'
        ? 'cli/ is the composition root: nothing imports it.'
        : `Outside ${name}/, import '@studymate/${name}', not its files.`,
  })),
  {
    target: [...packages, 'examples'].map((folder) => `./${folder}`),
    from: './test',
    message: 'Nothing imports test/ or examples/.',
  },
  {
    target: packages.map((folder) => `./${folder}`),
    from: './examples',
    message: 'Nothing imports test/ or examples/.',
  },
  // An example is one file, or a folder of its own whose files import each other (examples/browser-app/).
  {
    target: './examples',
    from: './examples',
    except: ['./browser-app'],
    message: 'An example imports no other example.',
  },
];

/** `no-restricted-imports` options of a room: `allowed` packages only (when given), and `forbidden` ones. */
function packageRules(
  /** @type {{ browserSafe?: boolean, forbidden?: { name: string, message: string }[], allowed?: string[], allowedMessage?: string }} */ options,
) {
  const { browserSafe = false, forbidden = [], allowed, allowedMessage = '' } = options;
  const nodeOnly = browserSafe ? ['express', 'ws', 'postgres', 'msw/node'] : [];
  const browserMessage = 'Browser-safe code: no Node-only modules (node:*, express, ws, postgres, msw/node).';
  const named = [...nodeOnly, ...forbidden.map(({ name }) => name)];
  const escape = (/** @type {string} */ text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  // Anything not relative, not allowed, and not already refused above with its own message.
  const notAllowed = allowed && {
    regex: `^(?!\\.|node:|(${[...allowed.map((name) => `${escape(name)}(/.*)?`), ...named.map(escape)].join('|')})$)`,
    message: allowedMessage,
  };
  return [
    'error',
    {
      paths: [
        ...nodeOnly.map((name) => ({ name, message: browserMessage })),
        ...forbidden.map(({ name, message }) => ({ name, message })),
      ],
      patterns: [
        ...(browserSafe ? [{ group: ['node:*'], message: browserMessage }] : []),
        ...(notAllowed ? [notAllowed] : []),
      ],
    },
  ];
}

const noMocks = (/** @type {string} */ who) =>
  ['@studymate/mocks', '@studymate/mocks/browser'].map((name) => ({
    name,
    message: `${who} never imports the mocks: only cli/ (which composes the demo world) and tests do.`,
  }));

const mocksForbidden = [
  {
    name: '@studymate/server',
    message: 'The mocks run core, not the server (Express, pg and PGlite would come along).',
  },
];

/** Which packages each room may import by name (one entry per file set: later ones would replace it). */
const packageBoundaries = [
  {
    files: ['contract/**/*.ts'],
    rules: {
      'no-restricted-imports': packageRules({
        browserSafe: true,
        allowed: ['zod', '@ts-rest/core'],
        allowedMessage: 'contract imports only zod and @ts-rest/core.',
      }),
    },
  },
  {
    files: ['sdk/**/*.ts'],
    rules: {
      'no-restricted-imports': packageRules({
        browserSafe: true,
        forbidden: noMocks('The SDK'),
        allowed: ['@studymate/contract', '@ts-rest/core', 'zod'],
        allowedMessage: 'sdk imports only the contract (@studymate/contract and its @ts-rest/core and zod).',
      }),
    },
  },
  // The SDK's TanStack Query entry, and only it, imports its optional peer.
  {
    files: ['sdk/react-query.ts', 'sdk/react-query/**/*.ts'],
    rules: {
      'no-restricted-imports': packageRules({
        browserSafe: true,
        forbidden: noMocks('The SDK'),
        allowed: ['@studymate/contract', '@ts-rest/core', 'zod', '@tanstack/react-query'],
        allowedMessage:
          'sdk/react-query imports the contract (@studymate/contract, @ts-rest/core, zod) and @tanstack/react-query only.',
      }),
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': packageRules({
        browserSafe: true,
        forbidden: noMocks('Core'),
        allowed: ['@studymate/contract', '@ts-rest/core', 'zod', 'jose'],
        allowedMessage: 'core imports only @studymate/contract, @ts-rest/core, zod and jose.',
      }),
    },
  },
  {
    files: ['mocks/**/*.ts'],
    ignores: ['mocks/index.ts'],
    rules: { 'no-restricted-imports': packageRules({ browserSafe: true, forbidden: mocksForbidden }) },
  },
  // The Node entry of the mocks: `setupServer` from msw/node.
  {
    files: ['mocks/index.ts'],
    rules: { 'no-restricted-imports': packageRules({ forbidden: mocksForbidden }) },
  },
  {
    files: ['server/**/*.ts'],
    rules: { 'no-restricted-imports': packageRules({ forbidden: noMocks('The server') }) },
  },
];

export default tseslint.config(
  {
    ignores: ['**/dist/**', 'node_modules/**', 'coverage/**', '.data/**', '.stryker-tmp/**', 'reports/**'],
  },
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { typescript: true, node: true } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Bracket access marks index-signature reads (records, env); tsconfig decides where it is needed.
      '@typescript-eslint/dot-notation': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unnecessary-condition': 'off',
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: boundaries, basePath: import.meta.dirname }],
      // `../core/index.js` from server/ is `@studymate/core`: packages import each other by name.
      'import-x/no-relative-packages': 'error',
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
      'max-params': ['error', 3],
    },
  },
  ...packageBoundaries,
  {
    files: tests,
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Tests wire real adapters around the unit under test.
      'import-x/no-restricted-paths': 'off',
      'import-x/no-relative-packages': 'off',
      'no-restricted-imports': 'off',
      'max-lines': 'off',
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
