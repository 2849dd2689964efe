import type { UserRecord } from '../../ports/store/store.js';
import type { CoreServices } from '../../context.js';
import { isActiveMember, isArchived, isGroupVisible } from '../groups/group-rules.js';

/** A chat room as its URL names it. */
export type RoomRef = { kind: 'group'; groupId: number } | { kind: 'direct'; conversationId: number };

type RoomRefusal = 'unknown_room' | 'forbidden' | 'read_only';

export type RoomAccess = { ok: true; conversationId: number } | { ok: false; refusal: RoomRefusal };

/**
 * What a caller wants of a room: `read` its history (REST), `subscribe` to it (a WebSocket),
 * or `write` to it. Blocking a connection or archiving a group leaves its history readable but
 * ends the other two (DESIGN §5: an archived group's room is closed).
 */
export type RoomPurpose = 'read' | 'subscribe' | 'write';

/**
 * Who may use a room, for REST and WebSocket alike: a group's active members; a direct
 * conversation's participants, while their connection is accepted and unblocked for anything
 * but reading. A room the user may not see is unknown to them.
 */
export async function resolveChatRoom(
  room: RoomRef,
  user: UserRecord,
  context: { services: CoreServices; purpose: RoomPurpose },
): Promise<RoomAccess> {
  const { store } = context.services;
  if (room.kind === 'group') {
    // Both at once: one statement where the store batches reads.
    const [group, memberships] = await Promise.all([
      store.groups.findById(room.groupId),
      store.groups.membershipsOf(user.id, [room.groupId]),
    ]);
    const membership = memberships.get(room.groupId) ?? null;
    if (!group || !isGroupVisible(group, membership)) return { ok: false, refusal: 'unknown_room' };
    if (!isActiveMember(membership)) return { ok: false, refusal: 'forbidden' };
    if (context.purpose !== 'read' && isArchived(group)) {
      return { ok: false, refusal: context.purpose === 'write' ? 'read_only' : 'forbidden' };
    }
    return { ok: true, conversationId: group.conversationId };
  }
  const conversation = await store.chat.findConversation(room.conversationId);
  if (conversation?.kind !== 'direct' || !conversation.participantIds.includes(user.id)) {
    return { ok: false, refusal: 'unknown_room' };
  }
  if (context.purpose !== 'read') {
    const connection =
      conversation.connectionId === null
        ? null
        : await store.connectionRequests.findById(conversation.connectionId);
    if (connection?.state !== 'accepted') return { ok: false, refusal: 'forbidden' };
  }
  return { ok: true, conversationId: conversation.id };
}
