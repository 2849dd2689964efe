import { CloseCode } from '@studymate/contract';
import { isRevokedBy } from '../rules/chat-rooms/end-access.js';
import type { CoreServices } from '../context.js';
import type { RoomMember, SocketTransport } from './chat-room.js';
import { closeRevoked, type Opening } from './access-revocations.js';
import { createSessionHandler } from './chat-session.js';
import type { PresenceTracker } from './presence-tracker.js';
import type { RoomRegistry } from './room-registry.js';
import { recheckRoomAccess } from './recheck-room-access.js';
import { resumeSocket } from './resume-socket.js';
import { checkSocketAccess } from './socket-access.js';
import { parseRoomPath } from './room-paths.js';

/** A socket to admit, its resume id parsed. */
export interface OpenRequest {
  pathname: string;
  token: string | null;
  lastMessageId: number | null;
  transport: SocketTransport;
}

/** An accepted socket: feed it incoming frames, and tell it when the transport closed. */
export interface ChatSession {
  userId: number;
  receive(raw: string): void;
  disconnect(): void;
}

interface Admission {
  services: CoreServices;
  presence: PresenceTracker;
  rooms: RoomRegistry;
  /** What happened while this socket is checked (see AccessRevocations). */
  opening: Opening;
  onFault: (error: unknown) => void;
}

/**
 * Authenticates a socket and checks its room access through core; a refused one is closed (4001,
 * 4003, 4004) and answers null. An accepted one joins its room and presence.
 */
export async function admitSocket(request: OpenRequest, admission: Admission): Promise<ChatSession | null> {
  const { services, presence, rooms, opening, onFault } = admission;
  const refuse = (code: number, reason: string) => {
    request.transport.close(code, reason);
    return null;
  };
  const claims = request.token ? await services.tokens.verify(request.token.trim(), 'access') : null;
  if (!claims) return refuse(CloseCode.unauthenticated, 'Authentication failed.');
  const access = await checkSocketAccess(claims, parseRoomPath(request.pathname), services);
  if (!access.ok) return refuse(access.code, access.reason);
  const { user, roomRef } = access;
  const identity = { userId: user.id, sessionId: claims.sessionId, conversationId: access.conversationId };
  if (opening.heard.some((event) => isRevokedBy(event, identity))) {
    return refuse(CloseCode.forbidden, 'Access revoked.');
  }

  const room = rooms.open(access.conversationId);
  const member: RoomMember = {
    socketId: services.ids.random(),
    userId: user.id,
    userName: user.fullName,
    sessionId: claims.sessionId,
    passwordVersion: claims.passwordVersion,
    roomRef,
    // Nothing reaches a socket once it left the room (closed, or its access revoked).
    transport: {
      send: (data) => {
        if (room.sockets.has(member)) request.transport.send(data);
      },
      close: (code, reason) => request.transport.close(code, reason),
    },
    lastDeliveredId: request.lastMessageId ?? Number.MAX_SAFE_INTEGER,
  };
  room.sockets.add(member);
  presence.join(user.id);
  // The broker came back while this socket was checked, and the room's re-check did not see it yet:
  // its check may have read access that a revocation unheard during the cut had ended.
  if (opening.missedResync) {
    void room.enqueue(async () => closeRevoked(await recheckRoomAccess(services, room, [member])));
  }
  let closed = false;
  // connection_established first, then the backlog, then live messages: in the room's order.
  void room.enqueue(() => resumeSocket(services, { room, member, after: request.lastMessageId }));
  const receive = createSessionHandler({ services, user, roomRef, room, member });
  return {
    userId: user.id,
    // A socket whose access was revoked is heard no more (its typing would still reach the room).
    receive: (raw) => {
      if (room.sockets.has(member)) receive(raw);
    },
    disconnect: () => {
      if (closed) return;
      closed = true;
      rooms.leave(room, member);
      if (presence.leave(user.id)) {
        services.store.users.update(user.id, { lastSeenAt: services.clock.now() }).catch(onFault);
      }
    },
  };
}
