/**
 * Whether the device has a network, and word when that changes: the browser's `navigator.onLine`
 * with its `online` and `offline` events by default. Injected, so tests play the network.
 */
export interface NetworkStatus {
  isOnline(): boolean;
  /** Calls `listener` on every change; returns the unsubscribe. */
  subscribe(listener: (online: boolean) => void): () => void;
}

/** Where neither `navigator.onLine` nor window events exist (Node, workers without them): always online. */
const alwaysOnline: NetworkStatus = {
  isOnline: () => true,
  subscribe: () => () => undefined,
};

interface BrowserGlobals {
  navigator?: { onLine?: unknown };
  addEventListener?: (type: string, listener: () => void) => void;
  removeEventListener?: (type: string, listener: () => void) => void;
}

/** The browser's network status, read from `scope` (`globalThis` by default), or always online outside one. */
export function browserNetworkStatus(scope: BrowserGlobals = globalThis): NetworkStatus {
  const { navigator, addEventListener, removeEventListener } = scope;
  if (typeof navigator?.onLine !== 'boolean' || !addEventListener || !removeEventListener)
    return alwaysOnline;
  return {
    isOnline: () => navigator.onLine !== false,
    subscribe(listener) {
      const online = () => listener(true);
      const offline = () => listener(false);
      addEventListener.call(scope, 'online', online);
      addEventListener.call(scope, 'offline', offline);
      return () => {
        removeEventListener.call(scope, 'online', online);
        removeEventListener.call(scope, 'offline', offline);
      };
    },
  };
}
