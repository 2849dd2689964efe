import { CloseCode } from '@studymate/contract';
import type { CoreServices } from '../context.js';
import type { UserRecord } from '../ports/store/store.js';
import { resolveChatRoom, type RoomRef } from '../rules/chat-rooms/resolve-chat-room.js';
import { findTokenUser, type TokenHolder } from '../rules/people/find-token-user.js';
import { isSessionEnded } from '../rules/people/signed-out-sessions.js';

export type SocketAccess =
  | { ok: true; user: UserRecord; roomRef: RoomRef; conversationId: number }
  | { ok: false; code: number; reason: string };

/**
 * Whether a verified token's holder may be in a chat room: the user still active and not ended by
 * a password change, the sign-in session not signed out (a socket outlives its token, so a logged-
 * out session's unexpired token opens none), and the room's subscribe access. Checked when a
 * socket opens (admit-socket.ts), and again for open sockets when events may have been missed
 * (recheck-room-access.ts).
 */
export async function checkSocketAccess(
  holder: TokenHolder,
  roomRef: RoomRef | null,
  services: CoreServices,
): Promise<SocketAccess> {
  const [found, signedOut] = await Promise.all([
    findTokenUser(holder, services),
    isSessionEnded(holder.sessionId, services),
  ]);
  if (!found.ok) return { ok: false, code: CloseCode.unauthenticated, reason: 'Authentication failed.' };
  if (signedOut) return { ok: false, code: CloseCode.unauthenticated, reason: 'Signed out.' };
  const unknownRoom = { ok: false, code: CloseCode.unknownRoom, reason: 'Unknown room.' } as const;
  if (!roomRef) return unknownRoom;
  const access = await resolveChatRoom(roomRef, found.user, { services, purpose: 'subscribe' });
  if (!access.ok && access.refusal === 'unknown_room') return unknownRoom;
  if (!access.ok) return { ok: false, code: CloseCode.forbidden, reason: 'You may not join this room.' };
  return { ok: true, user: found.user, roomRef, conversationId: access.conversationId };
}
