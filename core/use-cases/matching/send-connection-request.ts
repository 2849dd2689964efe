import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { badRequest, fieldError } from '../../rules/errors.js';
import { presentOneRequest } from '../../rules/matching/present-request.js';
import { decideSend } from '../../rules/matching/request-decisions.js';

/** A request to an active user other than oneself, unless the pair already has one (atomic per pair). */
export const sendConnectionRequest: UseCase<typeof contract.matching.sendRequest> = async (
  { body },
  context,
) => {
  if (body.receiver_id === context.user.id) {
    return fieldError('receiver_id', 'You cannot send a connection request to yourself.');
  }
  const receiver = await context.store.users.findById(body.receiver_id);
  if (receiver?.status !== 'active') {
    return fieldError('receiver_id', `Invalid pk "${body.receiver_id}" - object does not exist.`);
  }
  const now = context.clock.now();
  const change = await context.store.connectionRequests.changePair(
    { senderId: context.user.id, receiverId: receiver.id },
    (existing) =>
      decideSend(existing, {
        senderId: context.user.id,
        receiverId: receiver.id,
        message: body.message ?? '',
        now,
      }),
  );
  if (!change.ok) return badRequest(change.refusal === 'not_found' ? 'Not found.' : change.refusal.detail);
  if (!change.request) throw new Error('A sent request was not stored');
  return {
    status: 201,
    body: await presentOneRequest(change.request, { store: context.store, callerId: context.user.id }),
  };
};
