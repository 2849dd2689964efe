import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { badRequest } from '../../rules/errors.js';
import { findSession } from './find-session.js';
import { presentParticipant } from './present-participant.js';

/** A checked-in participant checks out once; `duration_minutes` is the whole minutes in between. */
export const checkOutSession: UseCase<typeof contract.sessions.checkOut> = async ({ params }, context) => {
  const found = await findSession(params.id, context);
  if (!found.ok) return found.response;
  const participant = await context.store.sessions.findParticipant(params.id, context.user.id);
  if (!participant || participant.status === 'cancelled')
    return badRequest('You are not registered for this session.');
  if (participant.status !== 'attended' || !participant.checkInTime)
    return badRequest('You have not checked in.');
  if (participant.checkOutTime) return badRequest('You have already checked out.');
  const { now } = found;
  const updated = await context.store.sessions.updateParticipant(participant.id, {
    checkOutTime: now,
    durationMinutes: Math.floor((now.getTime() - participant.checkInTime.getTime()) / 60_000),
    updatedAt: now,
  });
  if (!updated) throw new Error(`Participant ${participant.id} vanished during check-out`);
  return {
    status: 200,
    body: presentParticipant(updated, { user: context.user, sessionStatus: found.status }),
  };
};
