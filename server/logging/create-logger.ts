import { pino, type DestinationStream, type Logger as PinoLogger } from 'pino';
import type { Logger } from '@studymate/core';
import { textLines } from './text-lines.js';

/** pino's levels, and `silent` for none. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** `json`: one JSON object a line (pino's own). `text`: one readable line (`09:15:02.114 INFO  GET / 200 3 ms`). */
export type LogFormat = 'json' | 'text';

export interface CreateLoggerOptions {
  /** @default 'info' */
  level?: LogLevel;
  /** @default 'json' when NODE_ENV is `production`, else 'text' */
  format?: LogFormat;
  /** Where lines go. @default standard output */
  destination?: { write(line: string): unknown };
}

/** The format production ingests (JSON), and a readable one everywhere else. */
function defaultLogFormat(nodeEnv: string | undefined): LogFormat {
  return nodeEnv === 'production' ? 'json' : 'text';
}

/**
 * The process's logger (pino): request lines (`startServer({ requestLogger })`) and faults
 * (`coreLoggerOf`) go through it, so `LOG_LEVEL` and the format apply to both.
 */
export function createLogger(options: CreateLoggerOptions = {}): PinoLogger {
  const { level = 'info', format = defaultLogFormat(process.env['NODE_ENV']) } = options;
  const output = options.destination ?? process.stdout;
  const destination: DestinationStream =
    format === 'json' ? { write: (line) => void output.write(line) } : textLines(output);
  return pino({ level }, destination);
}

/** The core's fault reporter over a pino logger: an error's stack goes into the line (`err`). */
export function coreLoggerOf(logger: PinoLogger): Logger {
  return {
    error: (message, error) => logger.error({ err: error }, message),
    info: (message) => logger.info(message),
  };
}
