import { describe, expect, it } from 'vitest';
import { NamedTimers, type ChatTimers } from './chat-timers.js';
import { Heartbeat } from './heartbeat.js';
import type { WebSocketLike } from './web-socket-like.js';

/** Timers that only record: `fire` runs the latest live one. */
function recordingTimers() {
  const live = new Map<number, { ms: number; callback: () => void }>();
  let next = 0;
  const timers: ChatTimers = {
    setTimeout: (callback, ms) => {
      next += 1;
      live.set(next, { ms, callback });
      return next;
    },
    clearTimeout: (handle) => live.delete(handle as number),
    now: () => 0,
  };
  const fire = () => {
    const [handle, timer] = [...live].at(-1)!;
    live.delete(handle);
    timer.callback();
  };
  return { timers, live, fire };
}

function socket(kind: 'ws' | 'ws-without-terminate' | 'browser') {
  const calls: string[] = [];
  const base: WebSocketLike = {
    onmessage: null,
    onclose: null,
    onerror: null,
    send: () => undefined,
    close: (code, reason) => calls.push(`close ${code} ${reason}`),
  };
  if (kind === 'browser') return { socket: base, calls };
  const ws: WebSocketLike = { ...base, on: () => undefined };
  if (kind === 'ws') ws.terminate = () => calls.push('terminate');
  return { socket: ws, calls };
}

function heartbeat(heartbeatTimeoutMs?: number) {
  const recorded = recordingTimers();
  const timeouts: number[] = [];
  const beat = new Heartbeat({
    timers: new NamedTimers(recorded.timers),
    options: { ...(heartbeatTimeoutMs !== undefined && { heartbeatTimeoutMs }) },
    onTimeout: () => timeouts.push(1),
  });
  return { beat, timeouts, ...recorded };
}

describe('Heartbeat', () => {
  it('waits 75 s for the next ping by default', () => {
    const { beat, live } = heartbeat();
    beat.arm(socket('ws').socket);
    expect([...live.values()].map((timer) => timer.ms)).toEqual([75_000]);
  });

  it('waits as long as the options say', () => {
    const { beat, live } = heartbeat(500);
    beat.arm(socket('ws').socket);
    expect([...live.values()].map((timer) => timer.ms)).toEqual([500]);
  });

  it('reports a timeout and terminates a silent ws socket', () => {
    const { beat, timeouts, fire } = heartbeat(500);
    const { socket: ws, calls } = socket('ws');
    beat.arm(ws);
    fire();
    expect(timeouts).toEqual([1]);
    expect(calls).toEqual(['terminate']);
  });

  it('closes with 4000 a silent socket that cannot terminate', () => {
    const { beat, fire } = heartbeat(500);
    const { socket: ws, calls } = socket('ws-without-terminate');
    beat.arm(ws);
    fire();
    expect(calls).toEqual(['close 4000 Heartbeat timeout']);
  });

  it('restarts the wait on every ping, keeping one timer', () => {
    const { beat, live } = heartbeat(500);
    const { socket: ws } = socket('ws');
    beat.arm(ws);
    beat.arm(ws);
    expect(live.size).toBe(1);
  });

  it('does not watch a socket that cannot tell pings (a browser’s) or no socket', () => {
    const { beat, live } = heartbeat(500);
    beat.arm(socket('browser').socket);
    beat.arm(null);
    expect(live.size).toBe(0);
  });

  it('stops waiting once disarmed', () => {
    const { beat, live } = heartbeat(500);
    beat.arm(socket('ws').socket);
    beat.disarm();
    expect(live.size).toBe(0);
  });
});
