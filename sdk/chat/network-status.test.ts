import { describe, expect, it } from 'vitest';
import { browserNetworkStatus } from './network-status.js';

/** A page's globals: `navigator.onLine` and the window's event target. */
function page(onLine: boolean) {
  const target = new EventTarget();
  const scope = {
    navigator: { onLine },
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
    go(online: boolean) {
      scope.navigator.onLine = online;
      target.dispatchEvent(new Event(online ? 'online' : 'offline'));
    },
  };
  return scope;
}

describe('browserNetworkStatus', () => {
  it('reads navigator.onLine and reports the online and offline events', () => {
    const scope = page(true);
    const status = browserNetworkStatus(scope);
    const seen: boolean[] = [];
    const stop = status.subscribe((online) => seen.push(online));
    scope.go(false);
    expect(status.isOnline()).toBe(false);
    scope.go(true);
    stop();
    scope.go(false);
    expect(seen).toEqual([false, true]);
  });

  it('is always online where there is no navigator.onLine (Node)', () => {
    const status = browserNetworkStatus({});
    expect(status.isOnline()).toBe(true);
    expect(() => status.subscribe(() => undefined)()).not.toThrow();
  });
});
