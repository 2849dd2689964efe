import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { badRequest, notFound } from '../../rules/errors.js';
import { findSession } from './find-session.js';
import { presentParticipant } from './present-participant.js';
import { isOpenStatus } from '../../rules/sessions/session-status.js';

/** Registers the caller (re-registering a row they left) while the session is open and has a seat. */
export const joinSession: UseCase<typeof contract.sessions.join> = async ({ params, body }, context) => {
  const found = await findSession(params.id, context);
  if (!found.ok) return found.response;
  if (!isOpenStatus(found.status)) return badRequest('You can only join an upcoming or in-progress session.');
  const outcome = await context.store.sessions.register({
    sessionId: params.id,
    userId: context.user.id,
    notes: body.notes ?? '',
    at: found.now,
  });
  if (outcome === 'not_found') return notFound();
  if (outcome === 'already_registered') return badRequest('You are already registered for this session.');
  if (outcome === 'full') return badRequest('This session is full.');
  return {
    status: 200,
    body: presentParticipant(outcome, { user: context.user, sessionStatus: found.status }),
  };
};
