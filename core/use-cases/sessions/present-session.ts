import type { SessionDetail, SessionListItem } from '@studymate/contract';
import type { SessionRecord } from '../../ports/store/store.js';
import { presentUserSummary } from '../../rules/people/present-user.js';
import { endTimeMs } from '../../rules/sessions/session-status.js';
import { derivedFields, type SessionView } from '../../rules/sessions/session-view.js';
import { presentSubject } from '../../rules/subjects/present-subject.js';
import { isoTime, isoTimeAt } from '../../rules/time/iso-time.js';

export function presentSessionListItem(view: SessionView): SessionListItem {
  const { session } = view;
  // Named one by one rather than spread: a spread object literal here cost more than the rest
  // of the list's presentation (lists present a row per session).
  const derived = derivedFields(view);
  return {
    id: session.id,
    title: session.title,
    description: session.description,
    host: presentUserSummary(view.host),
    subject: presentSubject(view.subject),
    session_type: session.sessionType,
    location_name: session.locationName,
    start_time: isoTime(session.startTime),
    end_time: isoTimeAt(endTimeMs(session)),
    duration_minutes: session.durationMinutes,
    max_participants: derived.max_participants,
    participant_count: derived.participant_count,
    is_full: derived.is_full,
    available_spots: derived.available_spots,
    status: derived.status,
    is_host: derived.is_host,
    is_participant: derived.is_participant,
    is_checked_in: derived.is_checked_in,
    can_join: derived.can_join,
    can_leave: derived.can_leave,
    can_edit: derived.can_edit,
    can_cancel: derived.can_cancel,
    created_at: isoTime(session.createdAt),
  };
}

export function presentSessionDetail(view: SessionView<SessionRecord>): SessionDetail {
  const { session } = view;
  return {
    ...presentSessionListItem(view),
    location_address: session.locationAddress,
    geom_point: session.location
      ? { type: 'Point', coordinates: [session.location.longitude, session.location.latitude] }
      : null,
    meeting_link: session.meetingLink,
    recurrence_pattern: session.recurrencePattern,
    recurrence_end_date: session.recurrenceEndDate,
    updated_at: isoTime(session.updatedAt),
  };
}
