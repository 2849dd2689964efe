import { IdSchema } from '@studymate/contract';
import type { RoomRef } from '../rules/chat-rooms/resolve-chat-room.js';

const GROUP_ROOM = /^\/ws\/groups\/([^/]+)\/chat\/?$/;
const DIRECT_ROOM = /^\/ws\/chat\/([^/]+)\/?$/;

/** An id as DESIGN §2 writes it in a path (`^[1-9][0-9]*$`, in range); `01` or `1.0` names no room. */
function idOf(text: string | undefined): number | null {
  const id = IdSchema.safeParse(text);
  return id.success ? id.data : null;
}

/** `/ws/groups/{group_id}/chat/` or `/ws/chat/{conversation_id}/` with a canonical id, else null (unknown room). */
export function parseRoomPath(pathname: string): RoomRef | null {
  const groupId = idOf(GROUP_ROOM.exec(pathname)?.[1]);
  if (groupId !== null) return { kind: 'group', groupId };
  const conversationId = idOf(DIRECT_ROOM.exec(pathname)?.[1]);
  if (conversationId !== null) return { kind: 'direct', conversationId };
  return null;
}

/** Whether a path is one of the chat socket URLs at all (any id): others are a 404 at the upgrade. */
export const isChatSocketPath = (pathname: string) => GROUP_ROOM.test(pathname) || DIRECT_ROOM.test(pathname);
