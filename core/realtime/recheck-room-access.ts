import type { CoreServices } from '../context.js';
import type { ChatRoom, RoomMember } from './chat-room.js';
import { checkSocketAccess } from './socket-access.js';

/**
 * Whether an open socket may stay: the rules that admitted it (`checkSocketAccess`), read again
 * from the store. Its token's signature and expiry are not: a socket outlives its token.
 */
async function mayStay(services: CoreServices, room: ChatRoom, member: RoomMember): Promise<boolean> {
  const access = await checkSocketAccess(member, member.roomRef, services);
  return access.ok && access.conversationId === room.conversationId;
}

/**
 * Checks the room's sockets (all of them by default) against the store once, when a broker's connection came back:
 * an `access_revoked` announced during the cut never arrived. Takes the sockets no longer allowed
 * out of the room, as a revocation does, and answers them (to be closed with 4003).
 */
export async function recheckRoomAccess(
  services: CoreServices,
  room: ChatRoom,
  sockets: RoomMember[] = [...room.sockets],
): Promise<RoomMember[]> {
  const allowed = await Promise.all(sockets.map((member) => mayStay(services, room, member)));
  // A socket that left while its check ran is not closed again.
  const refused = sockets.filter((member, index) => !allowed[index] && room.sockets.has(member));
  for (const member of refused) room.leave(member);
  return refused;
}
