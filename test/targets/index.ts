import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { createMswTarget } from './msw-target.js';
import { createMockHttpTarget } from './mock-http-target.js';
import { createServerMemoryTarget } from './server-memory-target.js';
import { createServerPostgresTarget } from './server-postgres-target.js';
import type { Target } from './target.js';

export type { Target } from './target.js';

const factories: Record<string, () => Promise<Target>> = {
  msw: createMswTarget,
  'server-memory': createServerMemoryTarget,
  'mock-http': createMockHttpTarget,
  'server-pglite': () => createServerPostgresTarget('pglite'),
  'server-postgres': () => createServerPostgresTarget('pg'),
};

/** The target this vitest project runs against (STUDYMATE_TARGET, set per project in vitest.config.ts). */
function createTarget(): Promise<Target> {
  const name = process.env['STUDYMATE_TARGET'] ?? 'msw';
  const factory = factories[name];
  if (!factory)
    throw new Error(`Unknown STUDYMATE_TARGET "${name}"; known: ${Object.keys(factories).join(', ')}`);
  return factory();
}

/**
 * Starts the target before the file's tests and stops it after (or, with `'each'`, a fresh
 * target per test, for tests that read whole lists); read `.current` inside tests.
 */
export function useTarget(scope: 'file' | 'each' = 'file'): { readonly current: Target } {
  let target: Target | undefined;
  const [before, after] = scope === 'each' ? [beforeEach, afterEach] : [beforeAll, afterAll];
  before(async () => {
    target = await createTarget();
  });
  after(async () => {
    await target?.close();
  });
  return {
    get current() {
      if (!target) throw new Error('The target starts in beforeAll; read it inside a test.');
      return target;
    },
  };
}
