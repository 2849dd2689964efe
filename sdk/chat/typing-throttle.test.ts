import { describe, expect, it } from 'vitest';
import type { ChatTimers } from './chat-timers.js';
import { NamedTimers } from './chat-timers.js';
import { TypingThrottle } from './typing-throttle.js';

/** A manual clock: `advance` runs the timers that fall due, in order. */
function manualTimers() {
  let now = 0;
  let next = 0;
  const pending = new Map<number, { at: number; callback: () => void }>();
  const timers: ChatTimers = {
    setTimeout: (callback, ms) => {
      next += 1;
      pending.set(next, { at: now + ms, callback });
      return next;
    },
    clearTimeout: (handle) => pending.delete(handle as number),
    now: () => now,
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const due = [...pending].filter(([, t]) => t.at <= until).sort(([, a], [, b]) => a.at - b.at)[0];
      if (!due) break;
      pending.delete(due[0]);
      now = due[1].at;
      due[1].callback();
    }
    now = until;
  };
  return { timers, advance };
}

function throttle(typing?: { throttleMs?: number; idleMs?: number }) {
  const { timers, advance } = manualTimers();
  const sent: boolean[] = [];
  const typed = new TypingThrottle({
    timers: new NamedTimers(timers),
    options: { ...(typing && { typing }) },
    send: (isTyping) => sent.push(isTyping),
  });
  return { typed: () => typed.typed(), advance, sent };
}

describe('TypingThrottle', () => {
  it('sends typing at once on the first keystroke', () => {
    const { typed, sent } = throttle();
    typed();
    expect(sent).toEqual([true]);
  });

  it('sends typing at most once per 2 s by default', () => {
    const { typed, advance, sent } = throttle();
    typed();
    advance(1_999);
    typed();
    expect(sent).toEqual([true]);
    advance(1);
    typed();
    expect(sent).toEqual([true, true]);
  });

  it('sends a stop 3 s after the last keystroke by default, and only then', () => {
    const { typed, advance, sent } = throttle();
    typed();
    advance(2_000);
    typed();
    advance(2_999);
    expect(sent).toEqual([true, true]);
    advance(1);
    expect(sent).toEqual([true, true, false]);
  });

  it('sends typing again at once after a stop', () => {
    const { typed, advance, sent } = throttle({ throttleMs: 10_000, idleMs: 1_000 });
    typed();
    advance(1_000);
    typed();
    expect(sent).toEqual([true, false, true]);
  });

  it('reads the throttle and idle periods from the options', () => {
    const { typed, advance, sent } = throttle({ throttleMs: 100, idleMs: 500 });
    typed();
    advance(100);
    typed();
    expect(sent).toEqual([true, true]);
    advance(500);
    expect(sent).toEqual([true, true, false]);
  });
});
