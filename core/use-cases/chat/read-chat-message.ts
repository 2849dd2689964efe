import type { contract } from '@studymate/contract';
import { markAndAnnounceRead } from '../../rules/chat-rooms/announce.js';
import type { UseCase } from '../../context.js';
import { notFound } from '../../rules/errors.js';
import { findDirectConversation } from './find-direct-conversation.js';

/** 003: marks one message of a conversation the caller takes part in read (one's own stay as they are). */
export const readChatMessage: UseCase<typeof contract.chat.readMessage> = async ({ params }, context) => {
  const message = await context.store.chat.findMessage(params.id);
  const conversation = message ? await findDirectConversation(message.conversationId, context) : null;
  if (!message || !conversation) return notFound();
  await markAndAnnounceRead(context, {
    conversationId: conversation.id,
    userId: context.user.id,
    messageIds: [message.id],
  });
  return { status: 200, body: { status: 'marked as read' } };
};
