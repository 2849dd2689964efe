import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { badRequest } from '../../rules/errors.js';
import { findSession } from './find-session.js';
import { presentParticipant } from './present-participant.js';

/** Check-in opens this long before the start time and closes when the session ends. */
const CHECK_IN_OPENS_MINUTES_BEFORE = 30;

/** A registered participant checks in within the window: status `attended`, `check_in_time` now. */
export const checkInSession: UseCase<typeof contract.sessions.checkIn> = async ({ params }, context) => {
  const found = await findSession(params.id, context);
  if (!found.ok) return found.response;
  const { session, status, now } = found;
  if (status === 'cancelled') return badRequest('This session has been cancelled.');
  const participant = await context.store.sessions.findParticipant(params.id, context.user.id);
  if (!participant || participant.status === 'cancelled')
    return badRequest('You are not registered for this session.');
  if (participant.status === 'attended') return badRequest('You have already checked in.');
  if (status === 'completed') return badRequest('Check-in is closed: the session has ended.');
  const opensAt = session.startTime.getTime() - CHECK_IN_OPENS_MINUTES_BEFORE * 60 * 1000;
  if (now.getTime() < opensAt) {
    return badRequest(`Check-in opens ${CHECK_IN_OPENS_MINUTES_BEFORE} minutes before the session starts.`);
  }
  const updated = await context.store.sessions.updateParticipant(participant.id, {
    status: 'attended',
    checkInTime: now,
    updatedAt: now,
  });
  if (!updated) throw new Error(`Participant ${participant.id} vanished during check-in`);
  return { status: 200, body: presentParticipant(updated, { user: context.user, sessionStatus: status }) };
};
