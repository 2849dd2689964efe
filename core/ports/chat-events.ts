import type { MessageRecord } from './store/store.js';

/** Why open sockets lose their access (DESIGN §5). */
export type AccessEndReason =
  'removed' | 'left' | 'archived' | 'blocked' | 'deactivated' | 'logged_out' | 'password_changed';

/**
 * Access ended: every open socket that matches ALL the given fields is closed with 4003 and gets
 * nothing more. An absent field matches any socket. Plain data, so a broker can carry it.
 */
export interface AccessRevokedEvent {
  type: 'access_revoked';
  reason: AccessEndReason;
  /** Only the sockets of this room; every room when absent. */
  conversationId?: number;
  /** Only these users' sockets; everyone's in the room when absent. */
  userIds?: number[];
  /** Only the sockets opened with a token of this sign-in session (logout). */
  sessionId?: string;
  /** Not the sockets of this sign-in session (a password change keeps the session that made it). */
  exceptSessionId?: string;
}

/** Someone started or stopped typing on one of their sockets: every other socket in the room hears it. */
export interface TypingEvent {
  type: 'typing';
  conversationId: number;
  userId: number;
  userName: string;
  isTyping: boolean;
  /** The socket it came from, which does not hear it (`RoomMember.socketId`). */
  fromSocketId: string;
}

/** What happened in a conversation or to someone's access, for whoever delivers it (the realtime layer). */
export type ChatEvent =
  | { type: 'message_created'; conversationId: number; message: MessageRecord }
  | { type: 'messages_read'; conversationId: number; userId: number; messageIds: number[]; readAt: Date }
  | TypingEvent
  | AccessRevokedEvent;

export type ChatEventListener = (event: ChatEvent) => void;

/**
 * Core publishes; the realtime layer subscribes. In process by default; a broker (Redis) when
 * several processes serve one API, and then every process hears every process's events.
 */
export interface ChatEvents {
  publish(event: ChatEvent): void;
  subscribe(listener: ChatEventListener): () => void;
  /**
   * True when events may arrive out of a room's message order: messages stored by different
   * processes at the same moment can be announced in either order. The realtime layer then takes
   * an announced message as news and reads the room's new messages from the store, in id order.
   */
  readonly crossesProcesses?: boolean;
  /**
   * Calls `listener` when events may have been missed (a broker's connection came back after a
   * cut): the realtime layer then checks every open socket's access again and brings every open
   * room up to date, both from the store.
   */
  onResync?(listener: () => void): () => void;
}
