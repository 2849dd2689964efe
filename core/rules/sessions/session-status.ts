import type { ParticipantStatus, SessionStatus } from '@studymate/contract';
import type { ListedSessionRecord, ParticipantRecord, SessionRecord } from '../../ports/store/store.js';

const MINUTE = 60 * 1000;

type Timing = Pick<SessionRecord, 'startTime' | 'durationMinutes'>;

/** The end time in epoch milliseconds: the start plus the duration. */
export const endTimeMs = (session: Timing) => session.startTime.getTime() + session.durationMinutes * MINUTE;

export function endTimeOf(session: Timing): Date {
  return new Date(endTimeMs(session));
}

/**
 * DESIGN §4.2: cancelled if cancelled; else completed if the host completed it or the end time
 * has passed; else in progress if the host started it or the start time has passed; else upcoming.
 */
export function effectiveSessionStatus(session: ListedSessionRecord, now: Date): SessionStatus {
  if (session.cancelledAt) return 'cancelled';
  // Times as numbers, not `endTimeOf`'s Date: a list works out a status per row, per request.
  const at = now.getTime();
  if (session.completedAt || at >= endTimeMs(session)) return 'completed';
  if (session.startedAt || at >= session.startTime.getTime()) return 'in_progress';
  return 'upcoming';
}

/** A participant still registered when the session completed did not show. */
export function effectiveParticipantStatus(
  participant: Pick<ParticipantRecord, 'status'>,
  sessionStatus: SessionStatus,
): ParticipantStatus {
  return participant.status === 'registered' && sessionStatus === 'completed'
    ? 'no_show'
    : participant.status;
}

/** Registered or attended: holds a seat. */
export function holdsSeat(participant: Pick<ParticipantRecord, 'status'> | null | undefined): boolean {
  return participant?.status === 'registered' || participant?.status === 'attended';
}

/** Sessions that still take joins. */
export const isOpenStatus = (status: SessionStatus) => status === 'upcoming' || status === 'in_progress';
