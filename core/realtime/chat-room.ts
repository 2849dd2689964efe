import type { ServerEvent } from '@studymate/contract';
import { isRevokedBy } from '../rules/chat-rooms/end-access.js';
import type { RoomRef } from '../rules/chat-rooms/resolve-chat-room.js';
import type { AccessRevokedEvent } from '../ports/chat-events.js';
import { serialize } from './server-events.js';

/** What the hub needs from a socket, whatever carries it (`ws`, MSW). */
export interface SocketTransport {
  send(data: string): void;
  close(code: number, reason: string): void;
}

/** One open socket in a room. */
export interface RoomMember {
  /** Names this socket in events that cross processes (a typing indicator skips the socket it came from). */
  socketId: string;
  userId: number;
  userName: string;
  /** The sign-in session of the token it was opened with. */
  sessionId: string;
  /** The password version of that token: access is checked again when events may have been missed. */
  passwordVersion: number;
  /** The room as the socket's URL named it, for that check. */
  roomRef: RoomRef;
  transport: SocketTransport;
  /** The newest message id this socket has received: later deliveries skip anything not newer. */
  lastDeliveredId: number;
}

/**
 * A conversation's open sockets. Deliveries run one after another on `queue`, so every socket
 * sees the room's messages in stored order, and a joining socket's backlog cannot interleave.
 */
export class ChatRoom {
  /** Sockets that receive the room's live events. */
  readonly members = new Set<RoomMember>();
  /** Every socket in the room, joining (its backlog still going) or a member. One that left gets nothing. */
  readonly sockets = new Set<RoomMember>();
  private queue: Promise<void> = Promise.resolve();

  constructor(
    readonly conversationId: number,
    private readonly onFault: (error: unknown) => void,
  ) {}

  /** Runs `task` after every earlier task of this room. */
  enqueue(task: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(task).catch(this.onFault);
    return this.queue;
  }

  /** Sends to every member, or to all but the socket named `exceptSocketId`. */
  broadcast(event: ServerEvent, exceptSocketId?: string): void {
    const data = serialize(event);
    for (const member of this.members) if (member.socketId !== exceptSocketId) member.transport.send(data);
  }

  /** The oldest position among the members: every message after it has yet to reach one of them. */
  oldestDeliveredId(): number {
    let oldest = Number.MAX_SAFE_INTEGER;
    for (const member of this.members) oldest = Math.min(oldest, member.lastDeliveredId);
    return oldest;
  }

  /** Takes a socket out of the room; true when the room has no socket left. */
  leave(member: RoomMember): boolean {
    this.members.delete(member);
    this.sockets.delete(member);
    return this.sockets.size === 0;
  }

  /** Takes the sockets this revocation reaches out of the room, at once, and answers them. */
  revoke(event: AccessRevokedEvent): RoomMember[] {
    const reached = [...this.sockets].filter((member) =>
      isRevokedBy(event, { ...member, conversationId: this.conversationId }),
    );
    for (const member of reached) this.leave(member);
    return reached;
  }
}
