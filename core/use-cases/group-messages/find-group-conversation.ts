import type { CoreContext } from '../../context.js';
import { badRequest, forbidden, notFound } from '../../rules/errors.js';
import { ARCHIVED_REFUSAL } from '../../rules/groups/group-rules.js';
import { resolveChatRoom } from '../../rules/chat-rooms/resolve-chat-room.js';

type Found =
  | { ok: true; conversationId: number }
  | {
      ok: false;
      response: ReturnType<typeof notFound> | ReturnType<typeof forbidden> | ReturnType<typeof badRequest>;
    };

/** The group's conversation for REST: 404 when hidden, 403 for non-members, 400 when sending to an archived group. */
export async function findGroupConversation(
  groupId: number,
  context: CoreContext,
  options: { writing: boolean } = { writing: false },
): Promise<Found> {
  const access = await resolveChatRoom({ kind: 'group', groupId }, context.user, {
    services: context,
    purpose: options.writing ? 'write' : 'read',
  });
  if (access.ok) return access;
  switch (access.refusal) {
    case 'unknown_room':
      return { ok: false, response: notFound() };
    case 'forbidden':
      return {
        ok: false,
        response: forbidden('Only active members can read or send messages in this group.'),
      };
    case 'read_only':
      return { ok: false, response: badRequest(ARCHIVED_REFUSAL) };
  }
}
