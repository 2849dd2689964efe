import type { ChatTimers } from '../../sdk/index.js';

/** Chat timers that hold every timer (the reconnect among them) until the test releases them. */
export function heldTimers() {
  const held = new Map<number, () => void>();
  let next = 0;
  const timers: ChatTimers = {
    setTimeout: (callback) => {
      held.set((next += 1), callback);
      return next;
    },
    clearTimeout: (handle) => held.delete(handle as number),
    now: () => Date.now(),
  };
  const release = () => {
    const callbacks = [...held.values()];
    held.clear();
    for (const callback of callbacks) callback();
  };
  return { timers, release };
}
