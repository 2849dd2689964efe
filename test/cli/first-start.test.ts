import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  isRunning,
  killAndProveDead,
  runScript,
  runScriptToEnd,
  startServerProcess,
  type ServerProcess,
} from '../support/child-processes.js';

/**
 * `npm start` on a new PGlite data dir: it says what it does during the long first start, and the
 * data dir is its alone until it ends, however it ends.
 */
describe('npm start on a new PGlite data dir', { timeout: 240_000 }, () => {
  let dataDir = '';
  let server: ServerProcess | undefined;
  afterAll(async () => {
    if (server && isRunning(server.child)) await killAndProveDead(server.child);
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('prints its progress before it listens, refuses a second process on the dir, and frees it when killed', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'studymate-first-start-'));
    const env = { DATA_DIR: dataDir, DATABASE_URL: '', REDIS_URL: '' };
    server = await startServerProcess(env);
    const output = server.child.output().trim().split('\n');
    const listening = output.findIndex((line) => line.startsWith('Study Mate API on'));
    expect(output.slice(0, listening)).toEqual([
      `Creating a new PGlite database in ${dataDir} (the first start takes a while)…`,
      'New database: creating the demo world (seed 1)…',
      expect.stringMatching(/^Demo world created in \d+\.\d s\.$/),
    ]);

    const second = await runScriptToEnd('cli/start.ts', { env: { ...env, PORT: '0' } });
    expect(second.code).toBe(1);
    expect(second.output.trim().split('\n')).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${dataDir} is in use by process ${server.child.pid} \\(since .+\\): PGlite serves one process at a time\\.`,
        ),
      ),
    ]);
    const migrate = await runScriptToEnd('cli/migrate.ts', { env });
    expect(migrate.code).toBe(1);
    expect(migrate.output).toContain(`is in use by process ${server.child.pid}`);

    // SIGKILL leaves the lock file behind; its process is gone, so the next command takes it.
    await killAndProveDead(server.child, server.port);
    expect(existsSync(join(dataDir, 'studymate.lock'))).toBe(true);
    expect((await runScript('cli/migrate.ts', { env })).trim()).toBe(
      `PGlite at ${dataDir}: the schema is up to date.`,
    );
    expect(existsSync(join(dataDir, 'studymate.lock'))).toBe(false);
  });
});
