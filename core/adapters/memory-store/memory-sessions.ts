import { distanceInMetres } from '../../rules/geo/great-circle.js';
import { effectiveSessionStatus, holdsSeat } from '../../rules/sessions/session-status.js';
import type {
  ParticipantRecord,
  SessionFilter,
  SessionRecord,
  SessionRepo,
} from '../../ports/store/store.js';
import type { MemoryForeignKeys } from './memory-foreign-keys.js';
import { MemoryTable } from './table.js';

const byStartTime = (a: SessionRecord, b: SessionRecord) =>
  a.startTime.getTime() - b.startTime.getTime() || a.id - b.id;

export function createMemorySessions(keys: MemoryForeignKeys): SessionRepo {
  const sessions = new MemoryTable<SessionRecord>();
  const participants = new MemoryTable<ParticipantRecord>();
  keys.detach('subject', (subjectId) => {
    for (const session of sessions.filter((row) => row.subjectId === subjectId)) {
      sessions.patch(session.id, { subjectId: null });
    }
  });

  const participantOf = (sessionId: number, userId: number) =>
    participants.find((row) => row.sessionId === sessionId && row.userId === userId);
  const activeCount = (sessionId: number) =>
    participants.filter((row) => row.sessionId === sessionId && holdsSeat(row)).length;
  const attends = (session: SessionRecord, userId: number) =>
    session.hostId !== userId && holdsSeat(participantOf(session.id, userId));

  const matches = (filter: SessionFilter) => (session: SessionRecord) =>
    (!filter.statuses || filter.statuses.includes(effectiveSessionStatus(session, filter.now))) &&
    (!filter.sessionType || session.sessionType === filter.sessionType) &&
    (filter.subjectId === undefined || session.subjectId === filter.subjectId) &&
    (!filter.startFrom || session.startTime >= filter.startFrom) &&
    (!filter.startUntil || session.startTime <= filter.startUntil) &&
    (filter.hostId === undefined || session.hostId === filter.hostId) &&
    (filter.attendeeId === undefined || attends(session, filter.attendeeId)) &&
    (filter.involvedUserId === undefined ||
      session.hostId === filter.involvedUserId ||
      attends(session, filter.involvedUserId)) &&
    (filter.hasLocation === undefined || (session.location !== null) === filter.hasLocation);

  return {
    create: (input) => {
      const session = sessions.insert({ ...input, startedAt: null, completedAt: null, cancelledAt: null });
      participants.insert({
        sessionId: session.id,
        userId: session.hostId,
        status: 'registered',
        checkInTime: null,
        checkOutTime: null,
        durationMinutes: null,
        notes: '',
        joinedAt: input.createdAt,
        updatedAt: input.createdAt,
      });
      return Promise.resolve(session);
    },
    findById: (id) => Promise.resolve(sessions.get(id)),
    update: (id, changes) => Promise.resolve(sessions.patch(id, changes)),
    updateWithinCapacity: (id, changes) => {
      const seatsTaken = activeCount(id);
      const max = changes.maxParticipants;
      if (max !== undefined && max !== null && seatsTaken > max) return Promise.resolve({ seatsTaken });
      return Promise.resolve(sessions.patch(id, changes));
    },
    list: (filter, slice) => {
      const rows = sessions.filter(matches(filter)).sort(byStartTime);
      return Promise.resolve({
        count: rows.length,
        rows: rows.slice(slice.offset, slice.offset + slice.limit),
      });
    },
    nearby: (filter, { center, radiusKm, limit }) => {
      const found = sessions
        .filter(matches({ ...filter, hasLocation: true }))
        .flatMap((session) => {
          const distanceKm = session.location ? distanceInMetres(center, session.location) / 1000 : Infinity;
          return distanceKm <= radiusKm ? [{ session, distanceKm }] : [];
        })
        .sort((a, b) => a.distanceKm - b.distanceKm || a.session.id - b.session.id);
      return Promise.resolve(found.slice(0, limit));
    },
    countActiveParticipants: (sessionIds) =>
      Promise.resolve(new Map(sessionIds.map((id) => [id, activeCount(id)]))),
    participationsOf: (userId, sessionIds) => {
      const found = new Map<number, ParticipantRecord>();
      for (const sessionId of sessionIds) {
        const row = participantOf(sessionId, userId);
        if (row) found.set(sessionId, row);
      }
      return Promise.resolve(found);
    },
    participationsOfUser: (userId) =>
      Promise.resolve(
        participants
          .filter((row) => row.userId === userId)
          .flatMap((participant) => {
            const session = sessions.get(participant.sessionId);
            return session ? [{ participant, session }] : [];
          }),
      ),
    findParticipant: (sessionId, userId) => Promise.resolve(participantOf(sessionId, userId)),
    register: ({ sessionId, userId, notes, at }) => {
      const session = sessions.get(sessionId);
      if (!session) return Promise.resolve('not_found' as const);
      const existing = participantOf(sessionId, userId);
      if (holdsSeat(existing)) return Promise.resolve('already_registered' as const);
      if (session.maxParticipants !== null && activeCount(sessionId) >= session.maxParticipants) {
        return Promise.resolve('full' as const);
      }
      const fresh = {
        status: 'registered' as const,
        checkInTime: null,
        checkOutTime: null,
        durationMinutes: null,
      };
      const registered = existing
        ? participants.patch(existing.id, { ...fresh, notes, joinedAt: at, updatedAt: at })
        : participants.insert({ sessionId, userId, ...fresh, notes, joinedAt: at, updatedAt: at });
      return Promise.resolve(registered ?? ('not_found' as const));
    },
    updateParticipant: (id, changes) => Promise.resolve(participants.patch(id, changes)),
    listParticipants: (sessionId, slice) => {
      const rows = participants.filter((row) => row.sessionId === sessionId).sort((a, b) => a.id - b.id);
      return Promise.resolve({
        count: rows.length,
        rows: rows.slice(slice.offset, slice.offset + slice.limit),
      });
    },
  };
}
