import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { notFound } from '../../rules/errors.js';
import { findOwnRequest } from '../../rules/matching/find-request.js';
import { presentOneRequest } from '../../rules/matching/present-request.js';

/** A request the caller sent or received, with what they may do with it. */
export const getConnectionRequest: UseCase<typeof contract.matching.getRequest> = async (
  { params },
  context,
) => {
  const request = await findOwnRequest(params.id, context);
  if (!request) return notFound();
  return {
    status: 200,
    body: await presentOneRequest(request, { store: context.store, callerId: context.user.id }),
  };
};
