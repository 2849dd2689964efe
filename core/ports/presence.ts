/** Who has a chat socket open. The realtime layer keeps it; core only reads it. */
export interface PresenceReader {
  isOnline(userId: number): boolean;
}

/** Presence when no realtime layer is attached: nobody is online. */
export const nobodyOnline: PresenceReader = { isOnline: () => false };
