import type { DestinationStream } from 'pino';

/** What pino writes, as far as a readable line needs it. */
interface LogRecord {
  level?: number;
  time?: number;
  msg?: string;
  err?: { stack?: string; message?: string };
}

const LEVEL_NAMES: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};

/**
 * pino's JSON lines turned into one readable line each (`09:15:02.114 INFO  GET /api/sessions/
 * 200 14 ms user 3`), an error's stack under it. Our own few lines rather than pino-pretty: the
 * message already says everything (the request log writes it), so only the time and level are
 * added, with no extra dependency and no worker thread.
 */
export function textLines(output: { write(text: string): unknown }): DestinationStream {
  return {
    write(line: string) {
      const record = JSON.parse(line) as LogRecord;
      const date = new Date(record.time ?? Date.now());
      // Local time: the clock the person reading it looks at.
      const time = `${date.toTimeString().slice(0, 8)}.${String(date.getMilliseconds()).padStart(3, '0')}`;
      const level = (LEVEL_NAMES[record.level ?? 30] ?? 'INFO').padEnd(5);
      const stack = record.err?.stack ?? record.err?.message;
      output.write(`${time} ${level} ${record.msg ?? ''}${stack ? `\n${stack}` : ''}\n`);
    },
  };
}
