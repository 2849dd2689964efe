import { describe, expect, it } from 'vitest';
import { NamedTimers, type ChatTimers } from './chat-timers.js';

/** Records the timers set and cleared; `fire` runs one. */
function recordingTimers() {
  const live = new Map<number, () => void>();
  let next = 0;
  const timers: ChatTimers = {
    setTimeout: (callback, ms) => {
      next += 1;
      live.set(next, callback);
      delays.push(ms);
      return next;
    },
    clearTimeout: (handle) => {
      cleared.push(handle as number);
      live.delete(handle as number);
    },
    now: () => 1234,
  };
  const delays: number[] = [];
  const cleared: number[] = [];
  const fire = (handle: number) => {
    const callback = live.get(handle);
    live.delete(handle);
    callback?.();
  };
  return { timers, live, delays, cleared, fire };
}

describe('NamedTimers', () => {
  it('reads the time from the injected clock', () => {
    expect(new NamedTimers(recordingTimers().timers).now()).toBe(1234);
  });

  it('schedules a callback after the given delay', () => {
    const { timers, delays, fire } = recordingTimers();
    const calls: string[] = [];
    new NamedTimers(timers).schedule('a', 250, () => calls.push('a'));
    expect(delays).toEqual([250]);
    fire(1);
    expect(calls).toEqual(['a']);
  });

  it('replaces the pending timer of the same name', () => {
    const { timers, live, cleared } = recordingTimers();
    const named = new NamedTimers(timers);
    named.schedule('a', 10, () => undefined);
    named.schedule('a', 10, () => undefined);
    expect(cleared).toEqual([1]);
    expect([...live.keys()]).toEqual([2]);
  });

  it('keeps timers of other names', () => {
    const { timers, live } = recordingTimers();
    const named = new NamedTimers(timers);
    named.schedule('a', 10, () => undefined);
    named.schedule('b', 10, () => undefined);
    named.cancel('a');
    expect([...live.keys()]).toEqual([2]);
  });

  it('forgets a timer once it fired, so cancelling it clears nothing', () => {
    const { timers, cleared, fire } = recordingTimers();
    const named = new NamedTimers(timers);
    named.schedule('a', 10, () => undefined);
    fire(1);
    named.cancel('a');
    expect(cleared).toEqual([]);
  });

  it('cancels every pending timer', () => {
    const { timers, live } = recordingTimers();
    const named = new NamedTimers(timers);
    named.schedule('a', 10, () => undefined);
    named.schedule('b', 10, () => undefined);
    named.cancelAll();
    expect(live.size).toBe(0);
    named.cancelAll();
  });

  it('uses the system timers when none are injected', async () => {
    const named = new NamedTimers();
    expect(Math.abs(named.now() - Date.now())).toBeLessThan(1_000);
    await new Promise<void>((resolve) => named.schedule('a', 1, resolve));
    const fired: string[] = [];
    named.schedule('b', 1, () => fired.push('b'));
    named.cancel('b');
    // Node runs timers in order of their deadline: a live 'b' would fire before 'c'.
    await new Promise<void>((resolve) => named.schedule('c', 2, resolve));
    expect(fired).toEqual([]);
  });
});
