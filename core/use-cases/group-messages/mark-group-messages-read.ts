import type { contract } from '@studymate/contract';
import { markAndAnnounceRead } from '../../rules/chat-rooms/announce.js';
import type { UseCase } from '../../context.js';
import { findGroupConversation } from './find-group-conversation.js';

/** Marks others' unread messages (the listed ones, or all) read by the caller, and tells the sockets. */
export const markGroupMessagesRead: UseCase<typeof contract.groupMessages.markRead> = async (
  { params, body },
  context,
) => {
  const found = await findGroupConversation(params.groupId, context);
  if (!found.ok) return found.response;
  const marked = await markAndAnnounceRead(context, {
    conversationId: found.conversationId,
    userId: context.user.id,
    messageIds: body.message_ids ?? null,
  });
  return {
    status: 200,
    body: { message: `${marked.length} messages marked as read.`, marked_count: marked.length },
  };
};
