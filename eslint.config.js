// @ts-check
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/** One-way import rules of STYLE.md: each zone lists what `target` may NOT import. */
const boundaries = [
  {
    target: './contract',
    from: ['./sdk', './server', './mocks', './examples', './test'],
    message: 'contract imports only zod and @ts-rest/core.',
  },
  {
    target: './sdk',
    from: ['./server', './mocks', './examples', './test'],
    message: 'sdk imports only the contract.',
  },
  {
    target: './server/core',
    from: [
      './server/http',
      './server/cli',
      './server/realtime',
      './server/store/memory',
      './server/store/postgres',
      './mocks',
      './sdk',
      './examples',
      './test',
    ],
    message: 'core imports the contract and its ports only.',
  },
  {
    target: './server/store',
    from: ['./server/http', './server/cli', './server/realtime', './mocks', './sdk', './examples', './test'],
    message: 'stores import core types only.',
  },
  {
    target: './server/http',
    from: ['./server/cli', './mocks', './sdk', './examples', './test'],
    message: 'http imports core and store.',
  },
  {
    target: './server/realtime',
    from: ['./server/http', './server/cli', './mocks', './sdk', './examples', './test'],
    message: 'realtime imports core and store.',
  },
  {
    target: './mocks',
    from: ['./server/http', './server/cli', './server/store/postgres', './sdk', './examples', './test'],
    message: 'mocks import contract, core, realtime and store/memory.',
  },
  {
    target: './server/cli',
    from: ['./sdk', './examples', './test'],
    message: 'the CLI composes server and the demo world only.',
  },
  { target: './examples', from: ['./test'], message: 'nothing imports test/.' },
];

/** Code that must run in a browser (the mocks run there under MSW). */
const browserSafe = [
  'contract/**/*.ts',
  'server/core/**/*.ts',
  'server/store/memory/**/*.ts',
  'server/realtime/**/*.ts',
  'mocks/**/*.ts',
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.data/**', '.stryker-tmp/**', 'reports/**'] },
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
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
      'max-params': ['error', 3],
    },
  },
  {
    files: browserSafe,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['express', 'ws', 'pg', 'msw/node'].map((name) => ({
            name,
            message: 'Browser-safe code: no Node-only modules.',
          })),
          patterns: [{ group: ['node:*'], message: 'Browser-safe code: no Node-only modules.' }],
        },
      ],
    },
  },
  {
    // The Node entry of the mocks and the one file that puts `ws` on the HTTP server.
    files: ['mocks/index.ts', 'server/realtime/ws-server.ts', 'server/realtime/ws-server.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Tests wire real adapters around the unit under test.
      'import-x/no-restricted-paths': 'off',
      'max-lines': 'off',
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
