import type { PresenceReader } from '../ports/presence.js';

/** Who has a chat socket open: online while at least one is open. */
export interface PresenceTracker extends PresenceReader {
  join(userId: number): void;
  /** Answers true when the user's last socket closed. */
  leave(userId: number): boolean;
}

export function createPresenceTracker(): PresenceTracker {
  const openSockets = new Map<number, number>();
  return {
    isOnline: (userId) => (openSockets.get(userId) ?? 0) > 0,
    join: (userId) => {
      openSockets.set(userId, (openSockets.get(userId) ?? 0) + 1);
    },
    leave: (userId) => {
      const remaining = (openSockets.get(userId) ?? 1) - 1;
      if (remaining > 0) openSockets.set(userId, remaining);
      else openSockets.delete(userId);
      return remaining <= 0;
    },
  };
}
