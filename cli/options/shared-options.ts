import type { LogLevel } from '@studymate/server';
import type { EnvironmentSetting } from './option-table.js';

/**
 * The server's log levels (its LOG_LEVELS), in its order, written out: the option tables are read
 * before the server is loaded (seconds), so that `--help` answers at once. A `Record` over its
 * `LogLevel` keeps the two lists one: a level missing here, or one it does not know, fails to compile.
 */
const LOG_LEVEL_NAMES: Record<LogLevel, true> = {
  fatal: true,
  error: true,
  warn: true,
  info: true,
  debug: true,
  trace: true,
  silent: true,
};
const LOG_LEVELS = Object.keys(LOG_LEVEL_NAMES) as LogLevel[];

/** Where a server listens. */
export function listenOptions(port: number) {
  return {
    port: {
      type: 'integer',
      min: 0,
      max: 65_535,
      env: 'PORT',
      value: 'port',
      default: String(port),
      description: 'the port to listen on; 0 picks a free one',
    },
    host: {
      type: 'string',
      env: 'HOST',
      value: 'address',
      default: '127.0.0.1',
      description: 'the address to listen on (0.0.0.0: every interface)',
    },
  } as const;
}

/** The demo world's seed and the log level, as both servers take them. */
export const WORLD_AND_LOG_OPTIONS = {
  seed: {
    type: 'integer',
    min: 0,
    max: 2_147_483_647,
    env: 'SEED',
    value: 'n',
    default: '1',
    description: 'the demo world (the same seed, the same world)',
  },
  'log-level': {
    type: 'choice',
    choices: LOG_LEVELS,
    env: 'LOG_LEVEL',
    value: 'level',
    default: 'info',
    description: `a line per request (4xx warn, 5xx error) and per fault; ${LOG_LEVELS.join(', ')}`,
  },
} as const;

/** The HTTP edge's settings (cli/http-environment.ts), as `--help` lists them. */
export function edgeSettings(defaults: { corsOrigins: string; allowedHosts: string }): EnvironmentSetting[] {
  return [
    {
      name: 'CORS_ORIGINS',
      default: defaults.corsOrigins,
      description: 'browser origins allowed, comma-separated, or *',
    },
    {
      name: 'ALLOWED_HOSTS',
      default: defaults.allowedHosts,
      description: 'Host headers answered, comma-separated, or *',
    },
    {
      name: 'HEADERS_TIMEOUT_MS',
      default: '10000',
      description: 'a client slower to send its headers gets 408',
    },
    {
      name: 'REQUEST_TIMEOUT_MS',
      default: '30000',
      description: 'a client slower to send its request gets 408',
    },
    {
      name: 'KEEP_ALIVE_TIMEOUT_MS',
      default: '5000',
      description: 'an idle keep-alive connection is closed',
    },
  ];
}
