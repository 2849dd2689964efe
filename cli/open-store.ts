import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createMemoryStore, type Store } from '@studymate/core';
import { openPostgresStore, type OpenedPostgresStore } from '@studymate/server';
import { lockDataDir } from './data-dir-lock.js';
import { setting } from './settings.js';

/** The store a command runs on, chosen by its flags and the environment. */
export interface CommandStore {
  store: Store;
  /** For logs: "memory store", "PGlite at .data/postgres", "postgres://…". */
  description: string;
  /** True when the store held no data before this start (so demo data may be added). */
  isNew: boolean;
  close(): Promise<void>;
}

/** Where a command's progress goes (a line at a time). */
export type Progress = (line: string) => void;

/**
 * The Postgres store of the commands: DATABASE_URL (and DATABASE_SCHEMA) for a server, else PGlite
 * persisted under `dataDir` (created if missing), locked to this process until `close()`.
 */
export async function openCommandPostgres(
  dataDir: string,
  progress: Progress = () => undefined,
  onFault?: (error: unknown) => void,
): Promise<OpenedPostgresStore> {
  const databaseUrl = setting('DATABASE_URL');
  const schema = setting('DATABASE_SCHEMA');
  if (databaseUrl) return openPostgresStore({ databaseUrl, ...(schema ? { schema } : {}), onFault });
  await mkdir(dataDir, { recursive: true });
  const lock = await lockDataDir(dataDir);
  try {
    if (!existsSync(join(dataDir, 'PG_VERSION')))
      progress(`Creating a new PGlite database in ${dataDir} (the first start takes a while)…`);
    const opened = await openPostgresStore({ dataDir });
    return {
      ...opened,
      close: async () => {
        await opened.close();
        await lock.release();
      },
    };
  } catch (error) {
    await lock.release();
    throw error;
  }
}

/** `--memory` (or STORE=memory): the memory store, gone at exit; otherwise the Postgres store. */
export async function openCommandStore(
  options: { memory: boolean; dataDir: string; onFault?: (error: unknown) => void },
  progress: Progress,
): Promise<CommandStore> {
  if (options.memory) {
    return {
      store: createMemoryStore(),
      description: 'memory store',
      isNew: true,
      close: () => Promise.resolve(),
    };
  }
  const opened = await openCommandPostgres(options.dataDir, progress, options.onFault);
  return {
    store: opened.store,
    description: opened.location,
    isNew: opened.isEmpty,
    close: () => opened.close(),
  };
}
