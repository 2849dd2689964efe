import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { notFound } from '../../rules/errors.js';
import { findOwnRequest } from '../../rules/matching/find-request.js';
import { presentConnections } from './present-connection.js';

/** One of the caller's connections: a request that was accepted (and may since be blocked). */
export const getConnection: UseCase<typeof contract.connections.get> = async ({ params }, context) => {
  const request = await findOwnRequest(params.id, context);
  if (!request?.acceptedAt) return notFound();
  const [connection] = await presentConnections([request], {
    store: context.store,
    callerId: context.user.id,
  });
  if (!connection) throw new Error(`Connection ${request.id} could not be presented`);
  return { status: 200, body: connection };
};
