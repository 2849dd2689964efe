import type { CoreServices } from '../../context.js';
import type { AccessRevokedEvent } from '../../ports/chat-events.js';

/** An open socket as an access revocation sees it. */
export interface SocketIdentity {
  userId: number;
  /** The sign-in session of the token that opened it. */
  sessionId: string;
  conversationId: number;
}

/**
 * Announces that access ended (DESIGN §5), after the change committed: the realtime layer closes
 * the matching sockets with 4003 before the change's answer is sent. The one path for every use
 * case that takes access away.
 */
export function announceAccessEnded(
  services: Pick<CoreServices, 'events'>,
  ended: Omit<AccessRevokedEvent, 'type'>,
): void {
  services.events.publish({ type: 'access_revoked', ...ended });
}

/** Whether a revocation reaches this socket: every field it names must match (`exceptSessionId` must not). */
export function isRevokedBy(event: AccessRevokedEvent, socket: SocketIdentity): boolean {
  return (
    (event.conversationId === undefined || event.conversationId === socket.conversationId) &&
    (event.userIds === undefined || event.userIds.includes(socket.userId)) &&
    (event.sessionId === undefined || event.sessionId === socket.sessionId) &&
    (event.exceptSessionId === undefined || event.exceptSessionId !== socket.sessionId)
  );
}
