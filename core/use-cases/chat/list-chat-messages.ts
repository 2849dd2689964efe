import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { notFound } from '../../rules/errors.js';
import { pageRequest, toPage } from '../../rules/paging/paginate.js';
import { findDirectConversation } from './find-direct-conversation.js';
import { presentChatMessages } from './present-chat-message.js';

const MESSAGES_PAGE_SIZE = 50;

/** Newest first, 50 a page; `after` (oldest first) and `before` let a client fill gaps by message id. */
export const listChatMessages: UseCase<typeof contract.chat.listMessages> = async (
  { params, query },
  context,
) => {
  const conversation = await findDirectConversation(params.id, context);
  if (!conversation) return notFound();
  const page = pageRequest(
    { page: query.page, page_size: query.page_size ?? query.limit },
    MESSAGES_PAGE_SIZE,
  );
  const slice = await context.store.chat.listMessagesWithReads(
    conversation.id,
    {
      cursor: {
        ...(query.after !== undefined && { after: query.after }),
        ...(query.before !== undefined && { before: query.before }),
      },
      slice: page,
    },
    conversation.participantIds,
  );
  const presented = presentChatMessages(slice.rows, conversation);
  return toPage({ count: slice.count, rows: presented }, page, { url: context.url });
};
