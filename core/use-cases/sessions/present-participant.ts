import type { Participant, SessionStatus } from '@studymate/contract';
import type { ParticipantRecord, UserRecord } from '../../ports/store/store.js';
import { presentUserSummary } from '../../rules/people/present-user.js';
import { effectiveParticipantStatus } from '../../rules/sessions/session-status.js';
import { isoTime } from '../../rules/time/iso-time.js';

export function presentParticipant(
  participant: ParticipantRecord,
  context: { user: UserRecord; sessionStatus: SessionStatus },
): Participant {
  return {
    id: participant.id,
    user: presentUserSummary(context.user),
    status: effectiveParticipantStatus(participant, context.sessionStatus),
    check_in_time: participant.checkInTime ? isoTime(participant.checkInTime) : null,
    check_out_time: participant.checkOutTime ? isoTime(participant.checkOutTime) : null,
    duration_minutes: participant.durationMinutes,
    notes: participant.notes,
    joined_at: isoTime(participant.joinedAt),
    updated_at: isoTime(participant.updatedAt),
  };
}
