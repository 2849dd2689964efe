import { fileURLToPath } from 'node:url';

/** The workspace packages by name, resolved to their source for vitest (tsconfig `paths` does it for tsc and tsx). */
const sources: Record<string, string> = {
  '@studymate/contract': 'contract/index.ts',
  '@studymate/core': 'core/index.ts',
  '@studymate/sdk': 'sdk/index.ts',
  '@studymate/sdk/react-query': 'sdk/react-query.ts',
  '@studymate/mocks': 'mocks/index.ts',
  '@studymate/mocks/browser': 'mocks/browser.ts',
  '@studymate/server': 'server/index.ts',
};

export const workspaceAliases = Object.entries(sources).map(([name, file]) => ({
  find: new RegExp(`^${name.replace('/', '\\/')}$`),
  replacement: fileURLToPath(new URL(file, import.meta.url)),
}));
