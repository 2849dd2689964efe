import { z } from 'zod';
import { integerTextSchema } from '@studymate/contract';
import type { CoreServices } from '../context.js';
import { AccessRevocations } from './access-revocations.js';
import { admitSocket, type OpenRequest } from './admit-socket.js';
import { acceptSocket, type ChatSocket } from './chat-socket.js';
import { catchUpRoom } from './catch-up-room.js';
import { fanOutChatEvent } from './fan-out-chat-event.js';
import type { PresenceTracker } from './presence-tracker.js';
import { recheckRoomAccess } from './recheck-room-access.js';
import { RoomRegistry } from './room-registry.js';

export type { ChatSocket } from './chat-socket.js';

/** The hub's options. Rate limits are not here: they are per user and room, in the core config (`rateLimits`). */
export type ChatHubOptions = object;

export interface ConnectRequest extends Omit<OpenRequest, 'lastMessageId'> {
  /** The raw `?last_message_id=`: resume after it, right after `connection_established`. */
  lastMessageId: string | null;
}

/** `?last_message_id=` as the contract reads an integer, 0 included (replay everything). */
const ResumeIdSchema = integerTextSchema(z.number().int().min(0).max(Number.MAX_SAFE_INTEGER));

/** The resume id, or null (no resume) for anything that is not one. */
function parseResumeId(raw: string | null): number | null {
  const id = ResumeIdSchema.safeParse(raw);
  return id.success ? id.data : null;
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
  const onFault = (error: unknown) => services.logger.error('Chat delivery failed', error);
  const rooms = new RoomRegistry(onFault);
  const revocations = new AccessRevocations(rooms);

  const unsubscribe = services.events.subscribe((event) => {
    if (event.type === 'access_revoked') {
      revocations.revoke(event);
      return;
    }
    const room = rooms.get(event.conversationId);
    if (room) fanOutChatEvent(services, room, event);
  });

  /** Accepts a transport's socket at once; authentication and room checks finish in the background. */
  function connect(request: ConnectRequest): ChatSocket {
    const opening = revocations.whileOpening((watched) =>
      admitSocket(
        { ...request, lastMessageId: parseResumeId(request.lastMessageId) },
        { services, presence: deps.presence, rooms, opening: watched, onFault },
      ),
    );
    return acceptSocket(opening, { transport: request.transport, onFault });
  }

  // What was announced while the broker was out of reach, read from the store in each room's order:
  // first the revocations (a socket whose access ended gets nothing more), then the messages.
  const stopResync = services.events.onResync?.(() => {
    revocations.resynced();
    for (const room of rooms.values()) {
      void room.enqueue(async () => revocations.close(await recheckRoomAccess(services, room)));
      void room.enqueue(() => catchUpRoom(services, room, Number.MAX_SAFE_INTEGER));
    }
  });

  return {
    connect,
    close: () => {
      unsubscribe();
      stopResync?.();
    },
  };
}

export type ChatHub = ReturnType<typeof createChatHub>;
