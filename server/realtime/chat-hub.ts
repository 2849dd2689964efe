import { CloseCode, RESUME_RESET_CODE } from '../../contract/index.js';
import { isSessionEnded } from '../core/auth/signed-out-sessions.js';
import { isRevokedBy } from '../core/chat-rooms/end-access.js';
import { resolveChatRoom } from '../core/chat-rooms/resolve-chat-room.js';
import type { CoreServices } from '../core/context.js';
import { authenticate } from '../core/http/authenticate.js';
import type { AccessRevokedEvent, ChatEvent } from '../core/ports/chat-events.js';
import type { MessageRecord } from '../store/store.js';
import { ChatRoom, type RoomMember, type SocketTransport } from './chat-room.js';
import { createSessionHandler } from './chat-session.js';
import type { PresenceTracker } from './presence-tracker.js';
import { parseRoomPath } from './room-paths.js';
import { chatMessageEvent, connectionEstablishedEvent, errorEvent, serialize } from './server-events.js';

/** The hub's options. Rate limits are not here: they are per user and room, in the core config (`rateLimits`). */
export type ChatHubOptions = object;

export interface ConnectRequest {
  pathname: string;
  token: string | null;
  /** The raw `?last_message_id=`: resume after it, right after `connection_established`. */
  lastMessageId: string | null;
  transport: SocketTransport;
}

interface OpenRequest extends Omit<ConnectRequest, 'lastMessageId'> {
  lastMessageId: number | null;
}

/** A socket as a transport sees it: frames in, a close notice; frames sent before it is accepted wait. */
export interface ChatSocket {
  /** Known once the socket is accepted. */
  readonly userId: number | null;
  receive(raw: string): void;
  disconnect(): void;
}

/** An accepted socket: feed it incoming frames, and tell it when the transport closed. */
export interface ChatSession {
  userId: number;
  receive(raw: string): void;
  disconnect(): void;
}

const BACKLOG_PAGE = 100;

/** `?last_message_id=` in plain decimal digits, 0 included (replay everything); anything else: no resume. */
function parseResumeId(raw: string | null): number | null {
  if (raw === null || !/^(0|[1-9][0-9]*)$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

/**
 * The chat rooms of both endpoints over any transport: authentication and room access through
 * core, resume, ordered fan-out of core's chat events, presence. When core announces that access
 * ended, the sockets it reaches leave their room at once and close with 4003. Browser-safe.
 */
export function createChatHub(
  services: CoreServices,
  deps: { presence: PresenceTracker; options?: ChatHubOptions },
) {
  const rooms = new Map<number, ChatRoom>();
  /** The revocations heard by each socket still being checked: its check may have read the store before. */
  const opening = new Set<AccessRevokedEvent[]>();
  const fault = (error: unknown) => services.logger.error('Chat delivery failed', error);
  const roomFor = (conversationId: number) => {
    let room = rooms.get(conversationId);
    if (!room) rooms.set(conversationId, (room = new ChatRoom(conversationId, fault)));
    return room;
  };

  async function sendMessages(room: ChatRoom, messages: MessageRecord[], only?: RoomMember): Promise<void> {
    const senders = await services.store.users.findByIds([
      ...new Set(messages.map((message) => message.senderId)),
    ]);
    for (const message of messages) {
      const data = serialize(chatMessageEvent(message, senders.get(message.senderId)));
      for (const member of only ? [only] : room.members) {
        if (message.id <= member.lastDeliveredId) continue;
        member.transport.send(data);
        member.lastDeliveredId = message.id;
      }
    }
  }

  function revokeAccess(event: AccessRevokedEvent): void {
    for (const heard of opening) heard.push(event);
    const reached = event.conversationId === undefined ? rooms.values() : [rooms.get(event.conversationId)];
    for (const room of reached) {
      for (const member of room?.revoke(event) ?? []) {
        member.transport.close(CloseCode.forbidden, 'Access revoked.');
      }
    }
  }

  function onChatEvent(event: ChatEvent): void {
    if (event.type === 'access_revoked') {
      revokeAccess(event);
      return;
    }
    const room = rooms.get(event.conversationId);
    if (!room) return;
    if (event.type === 'message_created') {
      void room.enqueue(() => sendMessages(room, [event.message]));
      return;
    }
    void room.enqueue(() => {
      room.broadcast({
        type: 'messages_read',
        user_id: event.userId,
        message_ids: event.messageIds,
        read_at: event.readAt.toISOString(),
      });
      return Promise.resolve();
    });
  }
  const unsubscribe = services.events.subscribe(onChatEvent);

  async function replayBacklog(room: ChatRoom, member: RoomMember): Promise<void> {
    for (;;) {
      const { rows } = await services.store.chat.listMessages(
        room.conversationId,
        { after: member.lastDeliveredId },
        { offset: 0, limit: BACKLOG_PAGE },
      );
      await sendMessages(room, rows, member);
      if (rows.length < BACKLOG_PAGE) return;
    }
  }

  /** The room's newest stored message id, 0 when it has none. */
  async function newestMessageId(room: ChatRoom): Promise<number> {
    const newest = await services.store.chat.lastMessages([room.conversationId]);
    return newest.get(room.conversationId)?.id ?? 0;
  }

  /**
   * Replays every message after `after` (0: the whole history). An id past the room's newest
   * message (kept across a database reset) would hold back every later message: the socket resumes
   * from the newest one instead, and is told so (`resume_reset`). Without an id, it starts after
   * the newest: live messages only.
   */
  async function resume(room: ChatRoom, member: RoomMember, from: { after: number | null; newest: number }) {
    const { after, newest } = from;
    if (after !== null && after <= newest) return replayBacklog(room, member);
    if (after !== null) {
      const message =
        `No message here comes after ${after} (the newest is ${newest || 'none'}): ` +
        'resuming from the newest; reload the history.';
      member.transport.send(serialize(errorEvent(RESUME_RESET_CODE, message)));
    }
    // Deliveries queued after this one reach the socket; older messages are history, as its cursor says.
    member.lastDeliveredId = newest;
  }

  async function open(request: OpenRequest): Promise<ChatSession | null> {
    const heard: AccessRevokedEvent[] = [];
    opening.add(heard);
    try {
      return await admit(request, heard);
    } finally {
      opening.delete(heard);
    }
  }

  async function admit(request: OpenRequest, heard: AccessRevokedEvent[]): Promise<ChatSession | null> {
    const refuse = (code: number, reason: string) => {
      request.transport.close(code, reason);
      return null;
    };
    const authentication = await authenticate(request.token ? `Bearer ${request.token}` : null, services);
    if (!authentication.ok) return refuse(CloseCode.unauthenticated, 'Authentication failed.');
    const { user, claims } = authentication;
    // A socket outlives its token: a logged-out session's unexpired access token opens none.
    if (await isSessionEnded(claims.sessionId, services)) {
      return refuse(CloseCode.unauthenticated, 'Signed out.');
    }
    const roomRef = parseRoomPath(request.pathname);
    const access = roomRef ? await resolveChatRoom(roomRef, user, { services, purpose: 'subscribe' }) : null;
    if (!roomRef || !access || (!access.ok && access.refusal === 'unknown_room'))
      return refuse(CloseCode.unknownRoom, 'Unknown room.');
    if (!access.ok) return refuse(CloseCode.forbidden, 'You may not join this room.');
    const identity = { userId: user.id, sessionId: claims.sessionId, conversationId: access.conversationId };
    if (heard.some((event) => isRevokedBy(event, identity))) {
      return refuse(CloseCode.forbidden, 'Access revoked.');
    }

    const room = roomFor(access.conversationId);
    const member: RoomMember = {
      userId: user.id,
      userName: user.fullName,
      sessionId: claims.sessionId,
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
    deps.presence.join(user.id);
    let closed = false;
    // connection_established first, then the backlog, then live messages: in the room's order. The
    // newest id is read in the queue, so every message after it is delivered by a later task.
    void room.enqueue(async () => {
      if (!room.sockets.has(member)) return;
      const newest = await newestMessageId(room);
      member.transport.send(serialize(connectionEstablishedEvent(newest)));
      await resume(room, member, { after: request.lastMessageId, newest });
      if (room.sockets.has(member)) room.members.add(member);
    });
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
        if (room.leave(member) && rooms.get(room.conversationId) === room) rooms.delete(room.conversationId);
        if (deps.presence.leave(user.id)) {
          services.store.users.update(user.id, { lastSeenAt: services.clock.now() }).catch(fault);
        }
      },
    };
  }

  /** Accepts a transport's socket at once; authentication and room checks finish in the background. */
  function connect(request: ConnectRequest): ChatSocket {
    const early: string[] = [];
    let session: ChatSession | null = null;
    let gone = false;
    open({ ...request, lastMessageId: parseResumeId(request.lastMessageId) })
      .then((opened) => {
        if (!opened) return;
        if (gone) {
          opened.disconnect();
          return;
        }
        session = opened;
        for (const frame of early.splice(0)) opened.receive(frame);
      })
      .catch((error: unknown) => {
        fault(error);
        request.transport.close(1011, 'Internal error');
      });
    return {
      get userId() {
        return session?.userId ?? null;
      },
      receive: (raw) => {
        if (session) session.receive(raw);
        else early.push(raw);
      },
      disconnect: () => {
        gone = true;
        session?.disconnect();
      },
    };
  }

  return { connect, close: unsubscribe };
}

export type ChatHub = ReturnType<typeof createChatHub>;
