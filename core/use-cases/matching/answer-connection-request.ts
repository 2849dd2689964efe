import type { contract } from '@studymate/contract';
import { announceAccessEnded } from '../../rules/chat-rooms/end-access.js';
import type { CoreContext, UseCase } from '../../context.js';
import type { RequestDecision, ConnectionRequestRecord } from '../../ports/store/store.js';
import { changeOwnRequest } from './change-request.js';
import { presentOneRequest } from '../../rules/matching/present-request.js';
import { decideAnswer, decideBlock, type RequestRefusal } from '../../rules/matching/request-decisions.js';

async function answer(
  id: number,
  context: CoreContext,
  decide: (existing: ConnectionRequestRecord, now: Date) => RequestDecision<RequestRefusal>,
) {
  const now = context.clock.now();
  const change = await changeOwnRequest(id, context, (existing) => decide(existing, now));
  if (!change.ok) return change.response;
  if (!change.request) throw new Error(`Request ${id} vanished`);
  return {
    status: 200 as const,
    body: await presentOneRequest(change.request, { store: context.store, callerId: context.user.id }),
  };
}

/** The receiver accepts: the connection and its conversation exist at once. */
export const acceptConnectionRequest: UseCase<typeof contract.matching.acceptRequest> = (
  { params },
  context,
) =>
  answer(params.id, context, (existing, now) =>
    decideAnswer(existing, { callerId: context.user.id, accept: true, now }),
  );

/** The receiver rejects; the sender may send a new request later. */
export const rejectConnectionRequest: UseCase<typeof contract.matching.rejectRequest> = (
  { params },
  context,
) =>
  answer(params.id, context, (existing, now) =>
    decideAnswer(existing, { callerId: context.user.id, accept: false, now }),
  );

/**
 * Either side blocks: messaging stops (both sides' sockets on the conversation close), and neither
 * side may send a new request.
 */
export const blockConnectionRequest: UseCase<typeof contract.matching.blockRequest> = async (
  { params },
  context,
) => {
  const response = await answer(params.id, context, (existing, now) =>
    decideBlock(existing, { callerId: context.user.id, now }),
  );
  if (response.status !== 200) return response;
  const conversation = (await context.store.chat.directConversationsOf([params.id])).get(params.id);
  if (conversation) announceAccessEnded(context, { reason: 'blocked', conversationId: conversation.id });
  return response;
};
