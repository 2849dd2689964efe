import type { CommandSpec } from './option-table.js';
import { edgeSettings, listenOptions, WORLD_AND_LOG_OPTIONS } from './shared-options.js';

/** `studymate-api` (`npm start`): the reference server. */
export const API_COMMAND = {
  name: 'studymate-api',
  npmScript: 'npm start --',
  summary:
    'The Study Mate reference server: the REST API, the chat WebSockets and the docs (/api/docs/) on one\n' +
    'port, over PGlite in --data-dir (the default), Postgres (DATABASE_URL) or memory (--memory). A new,\n' +
    'empty database gets the demo world (not in production unless asked: --demo-world on).',
  options: {
    ...listenOptions(8000),
    'data-dir': {
      type: 'string',
      env: 'DATA_DIR',
      value: 'dir',
      default: '.data/postgres',
      description: 'where PGlite keeps the data when DATABASE_URL is unset (one process at a time)',
    },
    memory: {
      type: 'boolean',
      env: 'STORE',
      envValue: 'memory',
      description: 'the memory store, gone at exit, instead of PGlite or Postgres',
    },
    'staff-email': {
      type: 'string',
      env: 'STAFF_EMAIL',
      value: 'email',
      description: 'create (or promote) this staff user at start, with --staff-password',
    },
    'staff-password': {
      type: 'string',
      env: 'STAFF_PASSWORD',
      value: 'password',
      description: "the staff user's password",
    },
    workers: {
      type: 'integer',
      min: 1,
      max: 64,
      env: 'WORKERS',
      value: 'n',
      default: '1',
      description: 'processes behind one port (node:cluster); more than 1 needs DATABASE_URL and REDIS_URL',
    },
    'demo-world': {
      type: 'choice',
      choices: ['on', 'off'],
      env: 'DEMO_WORLD',
      value: 'on|off',
      description:
        'whether a new, empty database gets the demo world (and its demo accounts, staff included); off by default when NODE_ENV=production, on otherwise',
    },
    ...WORLD_AND_LOG_OPTIONS,
  },
  environment: [
    {
      name: 'DATABASE_URL',
      default: 'unset: PGlite',
      description: 'a Postgres server, e.g. postgres://user@host:5432/db',
    },
    {
      name: 'DATABASE_SCHEMA',
      default: "the server's search path",
      description: 'the schema to use (created if missing)',
    },
    { name: 'DATABASE_POOL_SIZE', default: '10', description: 'the most connections to Postgres' },
    {
      name: 'JWT_SECRET',
      default: 'random per start',
      description: 'keeps tokens valid across restarts and instances',
    },
    {
      name: 'REDIS_URL',
      default: 'unset: one process',
      description: 'the backplane: chat events, presence, budgets',
    },
    {
      name: 'REDIS_PREFIX',
      default: 'studymate:',
      description: "namespaces the backplane's keys and channel",
    },
    {
      name: 'PRESENCE_TTL_MS',
      default: '15000',
      description: "how long a crashed process's users stay online",
    },
    { name: 'CHAT_MESSAGE_LIMIT', default: '20', description: 'chat messages per user and room in a window' },
    { name: 'CHAT_MESSAGE_WINDOW_MS', default: '10000', description: 'that window' },
    {
      name: 'PUBLIC_URL',
      default: 'unset',
      description: 'page links start with it, whatever the Host header says',
    },
    {
      name: 'TRUST_PROXY',
      default: 'false',
      description: "Express's trust proxy: true, a hop count, or addresses",
    },
    {
      name: 'NODE_ENV',
      default: 'unset',
      description: 'production: JSON log lines, no CORS origin unless listed',
    },
    ...edgeSettings({ corsOrigins: 'localhost origins', allowedHosts: 'localhost, 127.0.0.1, [::1], HOST' }),
  ],
} as const satisfies CommandSpec;
