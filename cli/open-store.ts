import { mkdir } from 'node:fs/promises';
import { createMemoryStore, type Store } from '@studymate/core';
import { openPostgresStore, type OpenPostgresStoreOptions } from '@studymate/server';
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

/** Where PGlite keeps the data of `npm start` unless DATA_DIR or --data-dir says otherwise. */
const DEFAULT_DATA_DIR = '.data/postgres';

/**
 * The Postgres store of the commands: DATABASE_URL (and DATABASE_SCHEMA) for a server, else PGlite
 * persisted under --data-dir, DATA_DIR or .data/postgres (created if missing).
 */
export async function postgresOptionsOf(
  argumentsByName: Map<string, string | true>,
): Promise<OpenPostgresStoreOptions> {
  const databaseUrl = setting('DATABASE_URL');
  const schema = setting('DATABASE_SCHEMA');
  if (databaseUrl) return { databaseUrl, ...(schema ? { schema } : {}) };
  const dataDirArgument = argumentsByName.get('data-dir');
  const dataDir =
    typeof dataDirArgument === 'string' ? dataDirArgument : (setting('DATA_DIR') ?? DEFAULT_DATA_DIR);
  await mkdir(dataDir, { recursive: true });
  return { dataDir };
}

/** `--memory` (or STORE=memory): the memory store, gone at exit; otherwise the Postgres store. */
export async function openCommandStore(argumentsByName: Map<string, string | true>): Promise<CommandStore> {
  if (argumentsByName.get('memory') === true || process.env['STORE'] === 'memory') {
    return {
      store: createMemoryStore(),
      description: 'memory store',
      isNew: true,
      close: () => Promise.resolve(),
    };
  }
  const opened = await openPostgresStore(await postgresOptionsOf(argumentsByName));
  return {
    store: opened.store,
    description: opened.location,
    isNew: opened.isEmpty,
    close: () => opened.close(),
  };
}
