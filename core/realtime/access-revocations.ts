import { CloseCode } from '@studymate/contract';
import type { AccessRevokedEvent } from '../ports/chat-events.js';
import type { RoomMember } from './chat-room.js';
import type { RoomRegistry } from './room-registry.js';

/**
 * A socket being admitted: the revocations announced meanwhile, and whether the broker's connection
 * came back meanwhile (a revocation announced during the cut was then never heard).
 */
export interface Opening {
  heard: AccessRevokedEvent[];
  missedResync: boolean;
}

/** Closes sockets already taken out of their room because their access ended. */
export function closeRevoked(members: Iterable<RoomMember>): void {
  for (const member of members) member.transport.close(CloseCode.forbidden, 'Access revoked.');
}

/**
 * Core's `access_revoked` announcements: the sockets they reach leave their room at once and close
 * with 4003. A socket still being admitted hears them too, since its check may have read the store before.
 */
export class AccessRevocations {
  /** The sockets still being checked. */
  private readonly opening = new Set<Opening>();

  constructor(private readonly rooms: RoomRegistry) {}

  revoke(event: AccessRevokedEvent): void {
    for (const opening of this.opening) opening.heard.push(event);
    const reached =
      event.conversationId === undefined ? this.rooms.values() : [this.rooms.get(event.conversationId)];
    for (const room of reached) this.close(room?.revoke(event) ?? []);
  }

  /** The broker's connection came back: the sockets still being checked are checked again once in. */
  resynced(): void {
    for (const opening of this.opening) opening.missedResync = true;
  }

  /** Closes sockets already taken out of their room because their access ended. */
  close(members: Iterable<RoomMember>): void {
    closeRevoked(members);
  }

  /** Runs a socket's admission with what happens while it runs (see `Opening`). */
  async whileOpening<T>(admit: (opening: Opening) => Promise<T>): Promise<T> {
    const opening: Opening = { heard: [], missedResync: false };
    this.opening.add(opening);
    try {
      return await admit(opening);
    } finally {
      this.opening.delete(opening);
    }
  }
}
