import type { SessionStatus } from '@studymate/contract';
import type { ListedSession, ListedSessionRecord, SessionRecord, Store } from '../../ports/store/store.js';
import { effectiveSessionStatus, holdsSeat, isOpenStatus } from './session-status.js';

/**
 * A session with everything its shapes derive, from the caller's point of view: of a list's
 * session (`ListedSessionRecord`), or of the whole session, which its detail shows.
 */
export interface SessionView<
  Session extends ListedSessionRecord = ListedSessionRecord,
> extends ListedSession<Session> {
  status: SessionStatus;
  callerId: number;
}

/** The views of sessions a list read with their related rows (`SessionRepo.list`, `nearby`). */
export function sessionViewsOf<Session extends ListedSessionRecord>(
  listed: ListedSession<Session>[],
  context: { callerId: number; now: Date },
): SessionView<Session>[] {
  return listed.map((row) => ({
    session: row.session,
    host: row.host,
    subject: row.subject,
    participantCount: row.participantCount,
    callerParticipant: row.callerParticipant,
    status: effectiveSessionStatus(row.session, context.now),
    callerId: context.callerId,
  }));
}

/** Loads hosts, subjects, seat counts and the caller's rows for many sessions in four batched reads. */
async function loadSessionViews(
  sessions: SessionRecord[],
  context: { store: Store; callerId: number; now: Date },
): Promise<SessionView<SessionRecord>[]> {
  const ids = sessions.map((session) => session.id);
  const subjectIds = sessions.flatMap((session) => (session.subjectId === null ? [] : [session.subjectId]));
  const [hosts, subjects, counts, callerRows] = await Promise.all([
    context.store.users.findByIds([...new Set(sessions.map((session) => session.hostId))]),
    context.store.subjects.findByIds([...new Set(subjectIds)]),
    context.store.sessions.countActiveParticipants(ids),
    context.store.sessions.participationsOf(context.callerId, ids),
  ]);
  const listed = sessions.map((session) => {
    const host = hosts.get(session.hostId);
    if (!host) throw new Error(`Session ${session.id} has no host ${session.hostId}`);
    return {
      session,
      host,
      subject: session.subjectId === null ? null : (subjects.get(session.subjectId) ?? null),
      participantCount: counts.get(session.id) ?? 0,
      callerParticipant: callerRows.get(session.id) ?? null,
    };
  });
  return sessionViewsOf(listed, context);
}

export async function loadSessionView(
  session: SessionRecord,
  context: { store: Store; callerId: number; now: Date },
): Promise<SessionView<SessionRecord>> {
  const [view] = await loadSessionViews([session], context);
  if (!view) throw new Error(`No view for session ${session.id}`);
  return view;
}

/** Capacity and the caller's permissions, as every session shape shows them. */
export function derivedFields(view: SessionView) {
  const { session, status, participantCount, callerParticipant } = view;
  const isHost = session.hostId === view.callerId;
  const isFull = session.maxParticipants !== null && participantCount >= session.maxParticipants;
  const isParticipant = holdsSeat(callerParticipant);
  const isOpen = isOpenStatus(status);
  const isClosed = status === 'completed' || status === 'cancelled';
  return {
    max_participants: session.maxParticipants,
    participant_count: participantCount,
    is_full: isFull,
    available_spots:
      session.maxParticipants === null ? null : Math.max(0, session.maxParticipants - participantCount),
    status,
    is_host: isHost,
    is_participant: isParticipant,
    is_checked_in: callerParticipant?.status === 'attended',
    can_join: isOpen && !isParticipant && !isFull,
    can_leave: isOpen && !isHost && callerParticipant?.status === 'registered',
    can_edit: isHost && !isClosed,
    can_cancel: isHost && !isClosed,
  };
}
