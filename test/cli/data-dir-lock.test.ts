import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CommandFailure } from '../../cli/command-errors.js';
import { lockDataDir } from '../../cli/data-dir-lock.js';

/** A PGlite data dir belongs to one process: the lock file beside its data says which. */

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function dataDir(): Promise<{ dir: string; lockFile: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'studymate-lock-'));
  dirs.push(dir);
  return { dir, lockFile: join(dir, 'studymate.lock') };
}

/** The pid of a process that has ended. */
function deadPid(): number {
  const { pid } = spawnSync(process.execPath, ['-e', '']);
  if (pid === undefined) throw new Error('no child');
  return pid;
}

const holder = (pid: number, host = hostname()) =>
  JSON.stringify({ pid, hostname: host, since: '2026-01-05T09:00:00.000Z' });

describe('lockDataDir', () => {
  it('writes this process into the lock, and removes it on release', async () => {
    const { dir, lockFile } = await dataDir();
    const lock = await lockDataDir(dir);
    expect(JSON.parse(await readFile(lockFile, 'utf8'))).toMatchObject({
      pid: process.pid,
      hostname: hostname(),
    });
    await lock.release();
    expect(existsSync(lockFile)).toBe(false);
  });

  it('refuses a dir a running process holds, naming it', async () => {
    const { dir } = await dataDir();
    const lock = await lockDataDir(dir);
    try {
      const refused = lockDataDir(dir);
      await expect(refused).rejects.toBeInstanceOf(CommandFailure);
      await expect(refused).rejects.toThrow(
        `${dir} is in use by process ${process.pid} (since ${new Date().getFullYear()}`,
      );
      await expect(refused).rejects.toThrow(
        /\): PGlite serves one process at a time\. Stop that one, or give this one another --data-dir/,
      );
    } finally {
      await lock.release();
    }
  });

  it('takes over the lock of a process that has died', async () => {
    const { dir, lockFile } = await dataDir();
    await writeFile(lockFile, holder(deadPid()));
    const lock = await lockDataDir(dir);
    expect(JSON.parse(await readFile(lockFile, 'utf8'))).toMatchObject({ pid: process.pid });
    await lock.release();
  });

  it('takes over a lock file nobody can read', async () => {
    const { dir, lockFile } = await dataDir();
    await writeFile(lockFile, 'not json');
    const lock = await lockDataDir(dir);
    await lock.release();
    expect(existsSync(lockFile)).toBe(false);
  });

  it('counts a holder on another host as alive: its pid cannot be checked from here', async () => {
    const { dir, lockFile } = await dataDir();
    await writeFile(lockFile, holder(deadPid(), 'elsewhere.example'));
    await expect(lockDataDir(dir)).rejects.toThrow(/in use by process \d+ on elsewhere\.example/);
  });

  it('leaves alone on release a lock another process took since', async () => {
    const { dir, lockFile } = await dataDir();
    const lock = await lockDataDir(dir);
    const taken = holder(process.ppid);
    await writeFile(lockFile, taken);
    await lock.release();
    expect(await readFile(lockFile, 'utf8')).toBe(taken);
  });
});
