import type { DashboardStatistics, contract } from '@studymate/contract';
import type { Participation } from '../../ports/store/store.js';
import { connectionStatistics } from '../../rules/matching/connection-statistics.js';
import type { UseCase } from '../../context.js';
import {
  effectiveParticipantStatus,
  effectiveSessionStatus,
  holdsSeat,
} from '../../rules/sessions/session-status.js';

type SessionStatistics = DashboardStatistics['sessions'];

/** Seed 001's session statistics, each field as its definition there reads. */
function sessionStatistics(
  participations: Participation[],
  context: { userId: number; now: Date; seatsInHosted: number },
): SessionStatistics {
  const stats: SessionStatistics = {
    sessions_hosted_total: 0,
    sessions_hosted_upcoming: 0,
    sessions_hosted_in_progress: 0,
    sessions_hosted_completed: 0,
    sessions_hosted_cancelled: 0,
    sessions_attending_total: 0,
    sessions_attending_upcoming: 0,
    sessions_attending_in_progress: 0,
    sessions_attending_completed: 0,
    total_participations: participations.length,
    participations_attended: 0,
    participations_registered: 0,
    participations_no_show: 0,
    participations_cancelled: 0,
    sessions_by_type: { in_person: 0, virtual: 0, hybrid: 0 },
    total_participants_in_hosted_sessions: context.seatsInHosted,
  };
  for (const { participant, session } of participations) {
    const sessionStatus = effectiveSessionStatus(session, context.now);
    const participantStatus = effectiveParticipantStatus(participant, sessionStatus);
    stats[`participations_${participantStatus}`] += 1;
    stats.sessions_by_type[session.sessionType] += 1;
    if (session.hostId === context.userId) {
      stats.sessions_hosted_total += 1;
      stats[`sessions_hosted_${sessionStatus}`] += 1;
    } else if (
      sessionStatus !== 'cancelled' &&
      (participantStatus === 'attended' || participantStatus === 'registered')
    ) {
      // A no-show never attended; `registered` is only effective while the session is not completed.
      stats.sessions_attending_total += 1;
      stats[`sessions_attending_${sessionStatus}`] += 1;
    }
  }
  return stats;
}

/** The caller's dashboard: session statistics and connection request counts. */
export const getDashboardStatistics: UseCase<typeof contract.dashboard.statistics> = async (
  _request,
  context,
) => {
  const me = context.user.id;
  const participations = await context.store.sessions.participationsOfUser(me);
  const hostedIds = participations
    .filter(({ session }) => session.hostId === me)
    .map(({ session }) => session.id);
  const seats = await context.store.sessions.countActiveParticipants(hostedIds);
  const hostSeats = participations.filter(
    ({ session, participant }) => session.hostId === me && holdsSeat(participant),
  );
  const seatsInHosted = [...seats.values()].reduce((sum, count) => sum + count, 0) - hostSeats.length;
  return {
    status: 200,
    body: {
      sessions: sessionStatistics(participations, { userId: me, now: context.clock.now(), seatsInHosted }),
      connections: await connectionStatistics(context.store, me),
    },
  };
};
