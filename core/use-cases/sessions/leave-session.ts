import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { badRequest } from '../../rules/errors.js';
import { findSession } from './find-session.js';
import { isOpenStatus } from '../../rules/sessions/session-status.js';

/** A registered participant who has not checked in gives their seat back; the host cancels instead. */
export const leaveSession: UseCase<typeof contract.sessions.leave> = async ({ params }, context) => {
  const found = await findSession(params.id, context);
  if (!found.ok) return found.response;
  if (found.session.hostId === context.user.id) {
    return badRequest('The host cannot leave their own session; cancel it instead.');
  }
  if (!isOpenStatus(found.status))
    return badRequest('You can only leave an upcoming or in-progress session.');
  const participant = await context.store.sessions.findParticipant(params.id, context.user.id);
  if (!participant || participant.status === 'cancelled')
    return badRequest('You are not registered for this session.');
  if (participant.status === 'attended') return badRequest('You cannot leave after checking in.');
  await context.store.sessions.updateParticipant(participant.id, {
    status: 'cancelled',
    updatedAt: found.now,
  });
  return { status: 200, body: { message: 'You have left the session.' } };
};
