import type { ServerEvent } from '../../contract/index.js';
import { serialize } from './server-events.js';

/** What the hub needs from a socket, whatever carries it (`ws`, MSW). */
export interface SocketTransport {
  send(data: string): void;
  close(code: number, reason: string): void;
}

/** One open socket in a room. */
export interface RoomMember {
  userId: number;
  userName: string;
  transport: SocketTransport;
  /** The newest message id this socket has received: later deliveries skip anything not newer. */
  lastDeliveredId: number;
}

/**
 * A conversation's open sockets. Deliveries run one after another on `queue`, so every socket
 * sees the room's messages in stored order, and a joining socket's backlog cannot interleave.
 */
export class ChatRoom {
  readonly members = new Set<RoomMember>();
  /** Sockets opened on this room and not yet closed, joined or still joining. */
  openSessions = 0;
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

  /** Sends to every member, or to all but `except`. */
  broadcast(event: ServerEvent, except?: RoomMember): void {
    const data = serialize(event);
    for (const member of this.members) if (member !== except) member.transport.send(data);
  }
}
