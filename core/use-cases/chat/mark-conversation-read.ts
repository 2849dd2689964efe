import type { contract } from '@studymate/contract';
import { markAndAnnounceRead } from '../../rules/chat-rooms/announce.js';
import type { UseCase } from '../../context.js';
import { notFound } from '../../rules/errors.js';
import { findDirectConversation } from './find-direct-conversation.js';

/** Marks the other side's unread messages (the listed ones, or all) read, and tells the sockets. */
export const markConversationRead: UseCase<typeof contract.chat.markRead> = async (
  { params, body },
  context,
) => {
  const conversation = await findDirectConversation(params.id, context);
  if (!conversation) return notFound();
  const marked = await markAndAnnounceRead(context, {
    conversationId: conversation.id,
    userId: context.user.id,
    messageIds: body.message_ids ?? null,
  });
  return {
    status: 200,
    body: { message: `Marked ${marked.length} message(s) as read`, marked_count: marked.length },
  };
};
