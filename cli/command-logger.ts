import { coreLoggerOf, createLogger, type LogLevel } from '@studymate/server';

/**
 * The servers' logger at `--log-level` (LOG_LEVEL): request lines and faults, JSON when NODE_ENV
 * is production, a readable line otherwise. As a library, the server logs no request unless given it.
 */
export function commandLogger(level: LogLevel) {
  const requestLogger = createLogger({ level });
  return { requestLogger, logger: coreLoggerOf(requestLogger) };
}
