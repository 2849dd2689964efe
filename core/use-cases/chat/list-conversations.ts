import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { PLAIN_LIST_LIMIT } from '../../rules/paging/plain-list-limit.js';
import { loadConversationViews, presentConversationListItem } from './present-conversation.js';

/** The caller's direct conversations, newest activity first, each with its unread count. */
export const listConversations: UseCase<typeof contract.chat.listConversations> = async (
  _request,
  context,
) => {
  const conversations = await context.store.chat.listDirectConversations(context.user.id, PLAIN_LIST_LIMIT);
  const views = await loadConversationViews(conversations, {
    store: context.store,
    callerId: context.user.id,
    withReadTimes: false,
  });
  return {
    status: 200,
    body: conversations.map((conversation) =>
      presentConversationListItem(conversation, views, context.user.id),
    ),
  };
};
