import type { PresenceBoard, PresenceReader } from '../ports/presence.js';

/** Who has a chat socket open: online while at least one is open, on this process or (with a board) any. */
export interface PresenceTracker extends PresenceReader {
  join(userId: number): void;
  /** Answers true when the user's last socket on this process closed. */
  leave(userId: number): boolean;
}

/**
 * Counts this process's sockets per user. With a board (several processes), the user's first and
 * last socket here are recorded there, and the board answers who is online anywhere.
 */
export function createPresenceTracker(board?: PresenceBoard): PresenceTracker {
  const openSockets = new Map<number, number>();
  return {
    isOnline: (userId) => (board ? board.isOnline(userId) : Promise.resolve(openSockets.has(userId))),
    join: (userId) => {
      const open = openSockets.get(userId) ?? 0;
      openSockets.set(userId, open + 1);
      if (open === 0) board?.online(userId);
    },
    leave: (userId) => {
      const remaining = (openSockets.get(userId) ?? 1) - 1;
      if (remaining > 0) {
        openSockets.set(userId, remaining);
        return false;
      }
      openSockets.delete(userId);
      board?.offline(userId);
      return true;
    },
  };
}
