import type { CommandSpec } from './option-table.js';

const dataDir = {
  type: 'string',
  env: 'DATA_DIR',
  value: 'dir',
  default: '.data/postgres',
  description: 'the PGlite data dir, when DATABASE_URL is unset (while the server is stopped)',
} as const;

const database = [
  { name: 'DATABASE_URL', default: 'unset: PGlite', description: 'a Postgres server instead' },
  { name: 'DATABASE_SCHEMA', default: "the server's search path", description: 'the schema to use' },
];

/** `npm run migrate`. */
export const MIGRATE_COMMAND = {
  name: 'npm run migrate --',
  summary: 'Applies pending migrations to the database `npm start` uses. Safe to run any number of times.',
  options: { 'data-dir': dataDir },
  environment: database,
} as const satisfies CommandSpec;

/** `npm run create-staff`. */
export const CREATE_STAFF_COMMAND = {
  name: 'npm run create-staff --',
  summary: 'Creates (or promotes) a staff user in the database `npm start` uses.',
  options: {
    email: {
      type: 'string',
      env: 'STAFF_EMAIL',
      value: 'email',
      description: "the staff user's email (required)",
    },
    password: {
      type: 'string',
      env: 'STAFF_PASSWORD',
      value: 'password',
      description: 'their password, at least 8 characters (required)',
    },
    'data-dir': dataDir,
  },
  environment: database,
} as const satisfies CommandSpec;
