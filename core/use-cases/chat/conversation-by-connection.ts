import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { badRequest, fieldError, notFound } from '../../rules/errors.js';
import { findOwnRequest } from '../../rules/matching/find-request.js';
import { openConnectionConversation } from './open-connection-conversation.js';

/** 001: the conversation of one of the caller's accepted connections, created if missing. */
export const conversationByConnection: UseCase<typeof contract.chat.conversationByConnection> = async (
  { query },
  context,
) => {
  if (query.connection_id === undefined) return fieldError('connection_id', 'This field is required.');
  const connection = await findOwnRequest(query.connection_id, context);
  if (!connection) return notFound();
  if (!connection.acceptedAt) return badRequest('This connection has not been accepted.');
  return { status: 200, body: (await openConnectionConversation(connection, context)).body };
};
