import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { notFound } from '../../rules/errors.js';
import { findDirectConversation } from './find-direct-conversation.js';
import { presentOneConversation } from './present-conversation.js';

/** A conversation the caller takes part in; anyone else's is a 404. */
export const getConversation: UseCase<typeof contract.chat.getConversation> = async ({ params }, context) => {
  const conversation = await findDirectConversation(params.id, context);
  if (!conversation) return notFound();
  return {
    status: 200,
    body: await presentOneConversation(conversation, { store: context.store, callerId: context.user.id }),
  };
};
