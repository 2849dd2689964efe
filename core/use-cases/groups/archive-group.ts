import type { contract } from '@studymate/contract';
import { announceAccessEnded } from '../../rules/chat-rooms/end-access.js';
import type { UseCase } from '../../context.js';
import { badRequest } from '../../rules/errors.js';
import { findAdministeredGroup } from '../../rules/groups/find-group.js';
import { isArchived } from '../../rules/groups/group-rules.js';

/**
 * DELETE archives: the group stays readable and accepts no joins, invites or messages; its chat
 * room closes for everyone.
 */
export const archiveGroup: UseCase<typeof contract.groups.archive> = async ({ params }, context) => {
  const found = await findAdministeredGroup(params.id, context);
  if (!found.ok) return found.response;
  if (isArchived(found.group)) return badRequest('This group is already archived.');
  await context.store.groups.update(params.id, { status: 'archived', updatedAt: found.now });
  announceAccessEnded(context, { reason: 'archived', conversationId: found.group.conversationId });
  return { status: 200, body: { message: 'Group archived successfully.' } };
};
