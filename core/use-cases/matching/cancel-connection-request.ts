import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { changeOwnRequest } from './change-request.js';
import { decideCancel } from '../../rules/matching/request-decisions.js';

/** The sender withdraws a pending request: 204. */
export const cancelConnectionRequest: UseCase<typeof contract.matching.cancelRequest> = async (
  { params },
  context,
) => {
  const change = await changeOwnRequest(params.id, context, (existing) =>
    decideCancel(existing, context.user.id),
  );
  return change.ok ? { status: 204, body: undefined } : change.response;
};
