/** Who has a chat socket open. The realtime layer keeps it; core only reads it. */
export interface PresenceReader {
  isOnline(userId: number): Promise<boolean>;
}

/** Presence when no realtime layer is attached: nobody is online. */
export const nobodyOnline: PresenceReader = { isOnline: () => Promise.resolve(false) };

/**
 * Where each process records who has a socket open on it, so that every process answers alike
 * (Redis when several processes serve one API). A process that stops recording (crashed) has its
 * users counted offline after the board's stated bound.
 */
export interface PresenceBoard extends PresenceReader {
  /** The user's first socket on this process opened. */
  online(userId: number): void;
  /** The user's last socket on this process closed. */
  offline(userId: number): void;
}
