import type { Participant, SessionStatus } from '@studymate/contract';
import type { ParticipantRecord, UserRecord } from '../../ports/store/store.js';
import { presentUserSummary } from '../../rules/people/present-user.js';
import { effectiveParticipantStatus } from '../../rules/sessions/session-status.js';

export function presentParticipant(
  participant: ParticipantRecord,
  context: { user: UserRecord; sessionStatus: SessionStatus },
): Participant {
  return {
    id: participant.id,
    user: presentUserSummary(context.user),
    status: effectiveParticipantStatus(participant, context.sessionStatus),
    check_in_time: participant.checkInTime?.toISOString() ?? null,
    check_out_time: participant.checkOutTime?.toISOString() ?? null,
    duration_minutes: participant.durationMinutes,
    notes: participant.notes,
    joined_at: participant.joinedAt.toISOString(),
    updated_at: participant.updatedAt.toISOString(),
  };
}
