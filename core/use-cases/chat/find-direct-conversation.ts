import type { ConversationRecord } from '../../ports/store/store.js';
import type { CoreContext } from '../../context.js';

/** A direct conversation the caller takes part in; any other (someone else's, a group's) is treated as absent. */
export async function findDirectConversation(
  id: number,
  context: CoreContext,
): Promise<ConversationRecord | null> {
  const conversation = await context.store.chat.findConversation(id);
  if (conversation?.kind !== 'direct' || !conversation.participantIds.includes(context.user.id)) return null;
  return conversation;
}
