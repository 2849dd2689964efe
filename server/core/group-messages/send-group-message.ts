import type { contract } from '../../../contract/index.js';
import type { UseCase } from '../context.js';
import { badRequest } from '../errors.js';
import { ARCHIVED_REFUSAL, isArchived } from '../groups/group-rules.js';
import { findGroupConversation } from './find-group-conversation.js';
import { presentGroupMessages } from './present-group-message.js';

/** Stores the message once and announces it to connected sockets exactly as a socket message. */
export const sendGroupMessage: UseCase<typeof contract.groupMessages.send> = async (
  { params, body },
  context,
) => {
  const found = await findGroupConversation(params.groupId, context);
  if (!found.ok) return found.response;
  if (isArchived(found.group)) return badRequest(ARCHIVED_REFUSAL);
  const { message } = await context.store.chat.createMessage({
    conversationId: found.group.conversationId,
    senderId: context.user.id,
    content: body.content,
    clientId: null,
    createdAt: found.now,
  });
  context.events.publish({ type: 'message_created', conversationId: message.conversationId, message });
  const [presented] = await presentGroupMessages([message], {
    store: context.store,
    callerId: context.user.id,
  });
  if (!presented) throw new Error(`Message ${message.id} could not be presented`);
  return { status: 201, body: presented };
};
