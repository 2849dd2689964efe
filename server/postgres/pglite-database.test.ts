import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPgliteDatabase } from './pglite-database.js';

describe('createPgliteDatabase', () => {
  const folders: string[] = [];
  afterAll(async () => {
    for (const folder of folders) await rm(folder, { recursive: true, force: true });
  });

  it('creates a data dir whose parents do not exist yet (as `.data/postgres` in a fresh project)', async () => {
    const root = await mkdtemp(join(tmpdir(), 'studymate-pglite-'));
    folders.push(root);
    const database = await createPgliteDatabase({ dataDir: join(root, 'not', 'yet', 'there') });
    try {
      expect(await database.query<{ one: number }>('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    } finally {
      await database.close();
    }
  }, 60_000);
});
