import { CloseCode } from '@studymate/contract';
import type { AccessRevokedEvent } from '../ports/chat-events.js';
import type { RoomMember } from './chat-room.js';
import type { RoomRegistry } from './room-registry.js';

/**
 * Core's `access_revoked` announcements: the sockets they reach leave their room at once and close
 * with 4003. A socket still being admitted hears them too, since its check may have read the store before.
 */
export class AccessRevocations {
  /** The revocations heard by each socket still being checked. */
  private readonly opening = new Set<AccessRevokedEvent[]>();

  constructor(private readonly rooms: RoomRegistry) {}

  revoke(event: AccessRevokedEvent): void {
    for (const heard of this.opening) heard.push(event);
    const reached =
      event.conversationId === undefined ? this.rooms.values() : [this.rooms.get(event.conversationId)];
    for (const room of reached) this.close(room?.revoke(event) ?? []);
  }

  /** Closes sockets already taken out of their room because their access ended. */
  close(members: Iterable<RoomMember>): void {
    for (const member of members) member.transport.close(CloseCode.forbidden, 'Access revoked.');
  }

  /** Runs a socket's admission with the list of revocations announced while it runs. */
  async whileOpening<T>(admit: (heard: AccessRevokedEvent[]) => Promise<T>): Promise<T> {
    const heard: AccessRevokedEvent[] = [];
    this.opening.add(heard);
    try {
      return await admit(heard);
    } finally {
      this.opening.delete(heard);
    }
  }
}
