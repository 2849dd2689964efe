import type { RoomRef } from '../core/chat-rooms/resolve-chat-room.js';

const GROUP_ROOM = /^\/ws\/groups\/(\d+)\/chat\/?$/;
const DIRECT_ROOM = /^\/ws\/chat\/(\d+)\/?$/;

/** `/ws/groups/{group_id}/chat/` or `/ws/chat/{conversation_id}/`, else null. */
export function parseRoomPath(pathname: string): RoomRef | null {
  const group = GROUP_ROOM.exec(pathname);
  if (group?.[1]) return { kind: 'group', groupId: Number(group[1]) };
  const direct = DIRECT_ROOM.exec(pathname);
  if (direct?.[1]) return { kind: 'direct', conversationId: Number(direct[1]) };
  return null;
}

/** Whether a path is one of the chat socket URLs at all (any id). */
export const isChatSocketPath = (pathname: string) =>
  /^\/ws\/(groups\/[^/]+\/chat|chat\/[^/]+)\/?$/.test(pathname);
