import { beforeAll } from 'vitest';

/**
 * Where a race test runs, for its name, so a pass says what it proves. Only the `pg` driver runs
 * requests on separate connections at once; PGlite runs one transaction at a time, so a race test
 * passes there whatever the locking (a missing `FOR UPDATE` survives) and the server-postgres
 * target (DATABASE_URL, as CI runs it) is the one that proves the SQL. The memory store races
 * wherever an `await` sits between a check and a write, so its targets do test its serialization.
 */
export function raceSetting(target = process.env['STUDYMATE_TARGET'] ?? 'msw'): string {
  switch (target) {
    case 'server-postgres':
      return '[Postgres store on postgres.js: a true race, each request on its own pool connection]';
    case 'server-pglite':
      return '[Postgres store on PGlite: cannot race, PGlite runs one transaction at a time; server-postgres (DATABASE_URL) proves it]';
    case 'msw':
    case 'server-memory':
    case 'mock-http':
      return `[memory store (${target}): its per-key serialization under interleaved awaits]`;
    default:
      throw new Error(`No race setting known for target "${target}"`);
  }
}

/** The Postgres driver the postgres project's own stores use: `pg` when DATABASE_URL is set, else PGlite. */
export function postgresDriver(): 'pg' | 'pglite' {
  return process.env['DATABASE_URL'] ? 'pg' : 'pglite';
}

/** Prints, once before a race test file's tests, where they run (`raceSetting`), so every run's log says it. */
export function announceRaceSetting(file: string, setting = raceSetting()): void {
  beforeAll(() => {
    console.info(`${file}: race tests run ${setting}`);
  });
}
