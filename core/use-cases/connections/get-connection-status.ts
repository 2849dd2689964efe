import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { notFound } from '../../rules/errors.js';

/** The pair's row seen from the caller (user1) and the other user (user2). */
export const getConnectionStatus: UseCase<typeof contract.connections.status> = async (
  { params },
  context,
) => {
  const other = await context.store.users.findById(params.userId);
  if (!other || other.status === 'deleted') return notFound();
  const request = await context.store.connectionRequests.findBetween(context.user.id, other.id);
  const iSent = request?.senderId === context.user.id;
  const theySent = request?.senderId === other.id;
  return {
    status: 200,
    body: {
      connected: request?.state === 'accepted',
      can_message: request?.state === 'accepted',
      user1_sent: iSent,
      user2_sent: theySent,
      user1_request_state: iSent && request ? request.state : null,
      user2_request_state: theySent && request ? request.state : null,
    },
  };
};
