import { TestRunner } from 'vitest';
import type { ServerEvent } from '../../contract/index.js';
import type { Target } from '../targets/index.js';

/** Kept free at the end of a test, so a wait's own error (naming what it awaited) beats vitest's bare timeout. */
const MARGIN_MS = 250;

/**
 * How long a wait that starts now may last: what is left of the running test's timeout less a
 * margin (so it suits each target: PGlite and Postgres have 30 s, the in-process targets 5 s).
 * Outside a test (a hook), by the target: 30 s on PGlite and Postgres, 5 s elsewhere.
 */
function waitBudgetMs(): number {
  const test = TestRunner.getCurrentTest();
  const started = test?.result?.startTime;
  if (test && started !== undefined && Number.isFinite(test.timeout) && test.timeout > 0) {
    return Math.max(MARGIN_MS, test.timeout - (Date.now() - started) - MARGIN_MS);
  }
  return (process.env['STUDYMATE_TARGET'] ?? '').startsWith('server-p') ? 30_000 : 5_000;
}

/** A plain WebSocket (the platform's global one), recording every event, as a seed's client would use it. */
export interface RawSocket {
  events: ServerEvent[];
  closed: Promise<{ code: number; reason: string }>;
  send(event: unknown): void;
  sendRaw(data: string): void;
  /** The first event (received so far or later) that matches; fails after `waitBudgetMs()`, naming `label` (or the predicate). */
  waitFor(predicate: (event: ServerEvent) => boolean, label?: string): Promise<ServerEvent>;
  close(): void;
}

export function openSocket(
  target: Pick<Target, 'name' | 'socketOrigin'>,
  path: string,
  query: Record<string, string | number> = {},
): RawSocket {
  const search = new URLSearchParams(Object.entries(query).map(([key, value]) => [key, String(value)]));
  const socket = new WebSocket(`${target.socketOrigin}${path}?${search.toString()}`);
  const events: ServerEvent[] = [];
  const waiters = new Set<() => void>();
  socket.onmessage = (message) => {
    events.push(JSON.parse(String(message.data)) as ServerEvent);
    for (const wake of waiters) wake();
  };
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    socket.onclose = (event) => resolve({ code: event.code, reason: event.reason });
  });
  return {
    events,
    closed,
    send: (event) => socket.send(JSON.stringify(event)),
    sendRaw: (data) => socket.send(data),
    close: () => socket.close(),
    waitFor: (predicate, label = `an event matching ${predicate.toString()}`) =>
      new Promise((resolve, reject) => {
        const timeoutMs = waitBudgetMs();
        const check = () => {
          const found = events.find(predicate);
          if (!found) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          const got = JSON.stringify(events);
          reject(
            new Error(`Timed out after ${timeoutMs} ms on ${target.name} waiting for ${label}; got ${got}`),
          );
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
  };
}

/** Opens a socket with this access token and waits for `connection_established`. */
export async function openJoinedSocket(
  target: Pick<Target, 'name' | 'socketOrigin'>,
  path: string,
  query: Record<string, string | number> & { token: string },
): Promise<RawSocket> {
  const socket = openSocket(target, path, query);
  await socket.waitFor((event) => event.type === 'connection_established', 'connection_established');
  return socket;
}

/** The close code the server gave the socket; fails when it is still open after `timeoutMs`. */
export function closeCodeOf(socket: RawSocket, timeoutMs = waitBudgetMs()): Promise<number> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    const message = `Timed out after ${timeoutMs} ms waiting for the socket to close: it is still open`;
    timer = setTimeout(() => reject(new Error(message)), timeoutMs);
  });
  return Promise.race([socket.closed.then(({ code }) => code), timeout]).finally(() => clearTimeout(timer));
}

/** The chat messages and typing indicators a socket received from event number `from` on. */
export function liveEventsSince(socket: RawSocket, from: number): ServerEvent[] {
  return socket.events
    .slice(from)
    .filter((event) => event.type === 'chat_message' || event.type === 'typing_indicator');
}

/** Waits until `condition` holds, polling; fails after `timeoutMs`, naming `label` (or the condition). */
export async function eventually(
  condition: () => boolean | Promise<boolean>,
  label = condition.toString(),
  timeoutMs = waitBudgetMs(),
) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${label}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
