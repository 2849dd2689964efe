import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrations } from '../../server/postgres/migrations/index.js';
import { openPostgresStore } from '../../server/postgres/open-postgres-store.js';
import { runScript } from '../support/child-processes.js';

/** `npm run migrate` and `npm run create-staff` on a PGlite data dir, as an operator runs them. */
const dirs: string[] = [];

afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function command(script: string, args: string[], dataDir: string) {
  const stdout = await runScript(`cli/${script}.ts`, {
    args,
    env: { DATA_DIR: dataDir, DATABASE_URL: '' },
  });
  return stdout.trim();
}

describe('the store commands', () => {
  it('migrates a new data dir once, then finds it up to date; create-staff adds a staff user to it', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'studymate-commands-'));
    dirs.push(dataDir);
    expect(await command('migrate', [], dataDir)).toBe(
      `PGlite at ${dataDir}: applied migrations ${migrations.map((migration) => migration.version).join(', ')}.`,
    );
    expect(await command('migrate', [], dataDir)).toBe(`PGlite at ${dataDir}: the schema is up to date.`);
    const args = ['--email', 'ops@example.com', '--password', 'change-me-please'];
    expect(await command('create-staff', args, dataDir)).toBe(
      `Created staff user ops@example.com in PGlite at ${dataDir}`,
    );
    const opened = await openPostgresStore({ dataDir });
    try {
      expect((await opened.store.users.findByEmail('OPS@example.com'))?.isStaff).toBe(true);
    } finally {
      await opened.close();
    }
  });
});
