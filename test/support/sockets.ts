import type { ServerEvent } from '../../contract/index.js';
import type { Target } from '../targets/index.js';

/** A plain WebSocket (the platform's global one), recording every event, as a seed's client would use it. */
export interface RawSocket {
  events: ServerEvent[];
  closed: Promise<{ code: number; reason: string }>;
  send(event: unknown): void;
  sendRaw(data: string): void;
  waitFor(predicate: (event: ServerEvent) => boolean, label?: string): Promise<ServerEvent>;
  close(): void;
}

export function openSocket(
  target: Target,
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
    waitFor: (predicate, label = 'an event') =>
      new Promise((resolve, reject) => {
        const check = () => {
          const found = events.find(predicate);
          if (!found) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`Timed out waiting for ${label}; got ${JSON.stringify(events)}`));
        }, 3_000);
        waiters.add(check);
        check();
      }),
  };
}

/** Opens a socket with this access token and waits for `connection_established`. */
export async function openJoinedSocket(
  target: Target,
  path: string,
  query: Record<string, string | number> & { token: string },
): Promise<RawSocket> {
  const socket = openSocket(target, path, query);
  await socket.waitFor((event) => event.type === 'connection_established', 'connection_established');
  return socket;
}

/** The close code the server gave the socket; fails when it is still open after `timeoutMs`. */
export function closeCodeOf(socket: RawSocket, timeoutMs = 3_000): Promise<number> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`The socket is still open after ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([socket.closed.then(({ code }) => code), timeout]).finally(() => clearTimeout(timer));
}

/** The chat messages and typing indicators a socket received from event number `from` on. */
export function liveEventsSince(socket: RawSocket, from: number): ServerEvent[] {
  return socket.events
    .slice(from)
    .filter((event) => event.type === 'chat_message' || event.type === 'typing_indicator');
}

/** Waits until `condition` holds, polling. */
export async function eventually(
  condition: () => boolean | Promise<boolean>,
  label = 'a condition',
  timeoutMs = 5_000,
) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${label}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
