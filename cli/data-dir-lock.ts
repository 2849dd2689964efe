import { readFileSync, rmSync } from 'node:fs';
import { link, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { CommandFailure } from './command-errors.js';

/**
 * The file that says which process holds a PGlite data dir. Postgres keeps `postmaster.pid` in its
 * data dir for the same reason; PGlite keeps none, and two processes on one dir corrupt it.
 */
const LOCK_FILE = 'studymate.lock';

interface LockHolder {
  pid: number;
  hostname: string;
  since: string;
}

export interface DataDirLock {
  /** Removes the lock file if this process still holds it. */
  release(): Promise<void>;
}

/**
 * Locks `dataDir` to this process, or throws a `CommandFailure` naming the process that holds it.
 * A lock whose process is gone (crashed, SIGKILLed) on this host is stale and taken over at once.
 * A pid file rather than proper-lockfile: it knows at once that a holder died (no mtime to age
 * out, no timer touching the file), and its message names the holder. The lock is released when
 * the store closes, or at exit.
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const path = join(dataDir, LOCK_FILE);
  const mine: LockHolder = { pid: process.pid, hostname: hostname(), since: new Date().toISOString() };
  // Two tries: the second after removing a stale lock.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    if (await createExclusively(path, JSON.stringify(mine))) {
      const releaseAtExit = () => releaseSync(path);
      process.once('exit', releaseAtExit);
      return {
        release: async () => {
          process.removeListener('exit', releaseAtExit);
          if ((await readHolder(path))?.pid === process.pid) await rm(path, { force: true });
        },
      };
    }
    const holder = await readHolder(path);
    if (holder && isHolding(holder)) throw heldBy(dataDir, holder);
    await rm(path, { force: true });
  }
  throw new CommandFailure(`Could not lock ${dataDir}: another process keeps taking ${path}.`);
}

/**
 * Creates `path` with `content` unless it exists. The content is written to a file of this
 * process first and then linked into place, so no other process ever reads a half-written lock.
 */
async function createExclusively(path: string, content: string): Promise<boolean> {
  const draft = `${path}.${process.pid}`;
  await writeFile(draft, content);
  try {
    await link(draft, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await rm(draft, { force: true });
  }
}

/** The holder the file names; null when it is gone or unreadable. */
async function readHolder(path: string): Promise<LockHolder | null> {
  try {
    const holder = JSON.parse(await readFile(path, 'utf8')) as Partial<LockHolder>;
    return typeof holder.pid === 'number' ? (holder as LockHolder) : null;
  } catch {
    return null;
  }
}

/** Whether the holder still runs; a holder on another host cannot be checked, so it holds. */
function isHolding(holder: LockHolder): boolean {
  if (holder.hostname !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function heldBy(dataDir: string, holder: LockHolder): CommandFailure {
  const where = holder.hostname === hostname() ? '' : ` on ${holder.hostname}`;
  return new CommandFailure(
    `${dataDir} is in use by process ${holder.pid}${where} (since ${holder.since}): PGlite serves one ` +
      'process at a time. Stop that one, or give this one another --data-dir (DATA_DIR) or a DATABASE_URL.',
  );
}

function releaseSync(path: string): void {
  try {
    const holder = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    if (holder.pid === process.pid) rmSync(path, { force: true });
  } catch {
    // Gone already.
  }
}
