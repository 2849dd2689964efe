import type { contract } from '@studymate/contract';
import { refuseMessageOverBudget } from '../../rules/chat-rooms/admit-chat-action.js';
import { storeAndAnnounceMessage } from '../../rules/chat-rooms/announce.js';
import type { UseCase } from '../../context.js';
import { findGroupConversation } from './find-group-conversation.js';
import { presentGroupMessage } from './present-group-message.js';

/**
 * Stores the message once and announces it to connected sockets exactly as a socket message,
 * from the same budget per user and room as the sockets (429 over it).
 */
export const sendGroupMessage: UseCase<typeof contract.groupMessages.send> = async (
  { params, body },
  context,
) => {
  const found = await findGroupConversation(params.groupId, context, { writing: true });
  if (!found.ok) return found.response;
  const overBudget = await refuseMessageOverBudget(context, {
    userId: context.user.id,
    conversationId: found.conversationId,
  });
  if (overBudget) return overBudget;
  const { message } = await storeAndAnnounceMessage(context, {
    conversationId: found.conversationId,
    senderId: context.user.id,
    content: body.content,
    clientId: null,
  });
  // The caller sent it: the sender is the caller, and one's own message counts as read.
  const presented = presentGroupMessage({ message, sender: context.user, reads: new Map() }, context.user.id);
  return { status: 201, body: presented };
};
