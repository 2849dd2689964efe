import type { contract } from '../../../contract/index.js';
import type { UseCase } from '../context.js';
import { forbidden, notFound } from '../errors.js';
import { canMessage, findDirectConversation } from './find-direct-conversation.js';
import { presentChatUser } from './present-conversation.js';

/** HTTP fallback: stored once and announced to connected sockets exactly like a socket message. */
export const sendChatMessage: UseCase<typeof contract.chat.sendMessage> = async ({ body }, context) => {
  const conversation = await findDirectConversation(body.conversation, context);
  if (!conversation) return notFound();
  if (!(await canMessage(conversation, context)))
    return forbidden('You can only message accepted, unblocked connections.');
  const { message } = await context.store.chat.createMessage({
    conversationId: conversation.id,
    senderId: context.user.id,
    content: body.content,
    clientId: null,
    createdAt: context.clock.now(),
  });
  context.events.publish({ type: 'message_created', conversationId: conversation.id, message });
  const sentAt = message.createdAt.toISOString();
  return {
    status: 201,
    body: {
      id: message.id,
      conversation: conversation.id,
      sender: presentChatUser(context.user),
      content: message.content,
      read_at: null,
      is_read: false,
      created_at: sentAt,
      updated_at: sentAt,
    },
  };
};
