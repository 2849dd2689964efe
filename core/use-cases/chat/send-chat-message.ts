import type { contract } from '@studymate/contract';
import { refuseMessageOverBudget } from '../../rules/chat-rooms/admit-chat-action.js';
import { storeAndAnnounceMessage } from '../../rules/chat-rooms/announce.js';
import { resolveChatRoom } from '../../rules/chat-rooms/resolve-chat-room.js';
import type { UseCase } from '../../context.js';
import { forbidden, notFound } from '../../rules/errors.js';
import { presentChatUser } from './present-conversation.js';

/**
 * HTTP fallback: stored once and announced to connected sockets exactly like a socket message,
 * from the same budget per user and room as the sockets (429 over it).
 */
export const sendChatMessage: UseCase<typeof contract.chat.sendMessage> = async ({ body }, context) => {
  const access = await resolveChatRoom({ kind: 'direct', conversationId: body.conversation }, context.user, {
    services: context,
    purpose: 'write',
  });
  if (!access.ok) {
    return access.refusal === 'unknown_room'
      ? notFound()
      : forbidden('You can only message accepted, unblocked connections.');
  }
  const overBudget = await refuseMessageOverBudget(context, {
    userId: context.user.id,
    conversationId: access.conversationId,
  });
  if (overBudget) return overBudget;
  const { message } = await storeAndAnnounceMessage(context, {
    conversationId: access.conversationId,
    senderId: context.user.id,
    content: body.content,
    clientId: null,
  });
  const sentAt = message.createdAt.toISOString();
  return {
    status: 201,
    body: {
      id: message.id,
      conversation: access.conversationId,
      sender: presentChatUser(context.user),
      content: message.content,
      read_at: null,
      is_read: false,
      created_at: sentAt,
      updated_at: sentAt,
    },
  };
};
