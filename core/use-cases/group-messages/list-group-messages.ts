import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { pageRequest, toPage } from '../../rules/paging/paginate.js';
import { findGroupConversation } from './find-group-conversation.js';
import { presentGroupMessages } from './present-group-message.js';

const MESSAGES_PAGE_SIZE = 50;

/** Newest first, 50 a page; `after` (oldest first) and `before` let a client fill gaps by message id. */
export const listGroupMessages: UseCase<typeof contract.groupMessages.list> = async (
  { params, query },
  context,
) => {
  const found = await findGroupConversation(params.groupId, context);
  if (!found.ok) return found.response;
  const page = pageRequest(
    { page: query.page, page_size: query.page_size ?? query.limit },
    MESSAGES_PAGE_SIZE,
  );
  const slice = await context.store.chat.listMessagesWithReads(
    found.conversationId,
    {
      cursor: {
        ...(query.after !== undefined && { after: query.after }),
        ...(query.before !== undefined && { before: query.before }),
      },
      slice: page,
    },
    [context.user.id],
  );
  const items = presentGroupMessages(slice.rows, context.user.id);
  return toPage({ count: slice.count, rows: items }, page, { url: context.url });
};
