import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { fieldError, forbidden, notFound } from '../../rules/errors.js';
import { openConnectionConversation } from './open-connection-conversation.js';

/** 003's start-or-get: 200 with the existing conversation, 201 when it had to be created; connected users only. */
export const startConversation: UseCase<typeof contract.chat.startConversation> = async (
  { body },
  context,
) => {
  if (body.user_id === context.user.id)
    return fieldError('user_id', 'You cannot start a conversation with yourself.');
  const other = await context.store.users.findById(body.user_id);
  if (!other || other.status === 'deleted') return notFound();
  const connection = await context.store.connectionRequests.findBetween(context.user.id, other.id);
  if (!connection?.acceptedAt) return forbidden('You can only chat with your accepted connections.');
  const { created, body: conversation } = await openConnectionConversation(connection, context);
  return created ? { status: 201, body: conversation } : { status: 200, body: conversation };
};
