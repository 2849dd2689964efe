import {
  effectiveSessionStatus,
  endTimeOf,
  holdsSeat,
  isOpenStatus,
} from '../../rules/sessions/session-status.js';
import type {
  ListedSession,
  ParticipantRecord,
  SessionFilter,
  SessionRecord,
  SessionRepo,
  Slice,
  SliceResult,
} from '../../ports/store/store.js';
import type { MemoryForeignKeys } from './memory-foreign-keys.js';
import { listedSessions, type RelatedRows } from './memory-listed-sessions.js';
import { CountsByKey, GroupedRows, SortedRows, PairedRows } from './memory-indexes.js';
import { GeoGrid } from './geo-grid.js';
import { MemoryTable } from './table.js';

const MINUTE = 60 * 1000;
type SessionStatus = NonNullable<SessionFilter['statuses']>[number];
const startOf = (session: SessionRecord) => session.startTime;
const copy = <Row>(row: Row): Row => ({ ...row });

/** A part of a list by effective status: how many rows in the start window, and those rows in order when cheap. */
interface StatusPart {
  count: number;
  /** The part's rows in start order, when they can be read without a walk. */
  rows?: (offset: number, limit: number) => SessionRecord[];
}

export function createMemorySessions(
  tables: Pick<RelatedRows, 'users' | 'subjects'>,
  keys: MemoryForeignKeys,
): SessionRepo {
  const sessions = new MemoryTable<SessionRecord>();
  const participants = new MemoryTable<ParticipantRecord>();

  // Sessions by start time (then id): all of them, and split by the host's actions, so that the
  // effective status, which also reads the clock, becomes ranges of start time:
  // without a host action a session is upcoming after `now`, in progress from its start to its
  // end, completed after; started ones are in progress until their end.
  const byStart = new SortedRows(startOf);
  const untouched = new SortedRows(startOf, (row) => !row.startedAt && !row.completedAt && !row.cancelledAt);
  const startedOpen = new SortedRows(
    startOf,
    (row) => !!row.startedAt && !row.completedAt && !row.cancelledAt,
  );
  const cancelled = new SortedRows(startOf, (row) => !!row.cancelledAt);
  const byHost = new GroupedRows((row: SessionRecord) => row.hostId, startOf);
  const bySubject = new GroupedRows((row: SessionRecord) => row.subjectId, startOf);
  const located = new GeoGrid((row: SessionRecord) => row.location, startOf);
  /** An upper bound of every session's duration: an untouched session in progress started within it. */
  let longestMinutes = 0;
  const durations = {
    add: (row: SessionRecord) => {
      longestMinutes = Math.max(longestMinutes, row.durationMinutes);
    },
    remove: () => undefined,
  };
  sessions.watch(byStart, untouched, startedOpen, cancelled, byHost, bySubject, located, durations);

  const bySession = new GroupedRows((row: ParticipantRecord) => row.sessionId);
  const byUser = new GroupedRows((row: ParticipantRecord) => row.userId);
  const byPair = new PairedRows((row: ParticipantRecord) => [row.sessionId, row.userId]);
  const seatsTaken = new CountsByKey((row: ParticipantRecord) => (holdsSeat(row) ? row.sessionId : null));
  participants.watch(bySession, byUser, byPair, seatsTaken);

  keys.detach('subject', (subjectId) => {
    for (const session of [...bySubject.of(subjectId).range()])
      sessions.patch(session.id, { subjectId: null });
  });

  const storedParticipant = (sessionId: number, userId: number) => byPair.get(sessionId, userId);
  const participantOf = (sessionId: number, userId: number) => {
    const row = storedParticipant(sessionId, userId);
    return row ? copy(row) : null;
  };
  const activeCount = (sessionId: number) => seatsTaken.of(sessionId);
  const related = {
    ...tables,
    seatsTaken: activeCount,
    participationOf: (sessionId: number, userId: number) => storedParticipant(sessionId, userId) ?? null,
  };
  const withRelated = (rows: SessionRecord[], callerId: number) => listedSessions(rows, callerId, related);
  const attends = (session: SessionRecord, userId: number) =>
    session.hostId !== userId && holdsSeat(storedParticipant(session.id, userId));

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

  /** The sessions a user hosts and/or attends, in start order: a few, found through their rows. */
  const sessionsOfUser = (userId: number, hosting: boolean, attending: boolean): SessionRecord[] => {
    const found = new Map<number, SessionRecord>();
    if (hosting) for (const session of byHost.of(userId).range()) found.set(session.id, session);
    if (attending) {
      for (const participant of byUser.of(userId).range()) {
        const session = sessions.peek(participant.sessionId);
        if (session && attends(session, userId)) found.set(session.id, session);
      }
    }
    return [...found.values()].sort((a, b) => a.startTime.getTime() - b.startTime.getTime() || a.id - b.id);
  };

  /** Walks rows in order: counts every match, keeps the window's. */
  const walk = (
    rows: Iterable<SessionRecord>,
    keep: (row: SessionRecord) => boolean,
    { offset, limit }: Slice,
  ) => {
    const window: SessionRecord[] = [];
    let count = 0;
    for (const row of rows) {
      if (!keep(row)) continue;
      if (count >= offset && window.length < limit) window.push(row);
      count += 1;
    }
    return { count, rows: window };
  };

  /** Rows of `index` with a start in [from, until]: its positions. */
  const window = (index: SortedRows<SessionRecord>, from?: Date, until?: Date) => {
    const first = from ? index.bound(from) : 0;
    return { from: first, to: Math.max(first, until ? index.bound(until, true) : index.size) };
  };

  const list = (filter: SessionFilter, slice: Slice): SliceResult<SessionRecord> => {
    const { now, statuses, startFrom, startUntil } = filter;
    const { offset, limit } = slice;
    // A user's or a subject's sessions: a few, filtered whole.
    if (
      filter.hostId !== undefined ||
      filter.attendeeId !== undefined ||
      filter.involvedUserId !== undefined
    ) {
      const userId = filter.hostId ?? filter.attendeeId ?? filter.involvedUserId ?? 0;
      const rows =
        filter.hostId !== undefined
          ? [...byHost.of(filter.hostId).range()]
          : sessionsOfUser(userId, filter.involvedUserId !== undefined, true);
      return walk(rows, matches(filter), slice);
    }
    if (filter.subjectId !== undefined) {
      const index = bySubject.of(filter.subjectId);
      const { from, to } = window(index, startFrom, startUntil);
      return walk(index.range(from, to), matches(filter), slice);
    }
    const all = window(byStart, startFrom, startUntil);
    // A filter no index serves walks the start window (session type, having a location).
    if (filter.sessionType || filter.hasLocation !== undefined) {
      return walk(byStart.range(all.from, all.to), matches(filter), slice);
    }
    if (!statuses) {
      return {
        count: all.to - all.from,
        rows: byStart.rowsBetween(all.from + offset, Math.min(all.to, all.from + offset + limit)),
      };
    }
    const parts = statusParts(filter, all.to - all.from);
    const wanted = [...new Set(statuses)];
    const count = wanted.reduce((sum, status) => sum + parts[status]().count, 0);
    const [first] = wanted;
    const only = wanted.length === 1 && first ? parts[first]() : undefined;
    if (only?.rows) return { count, rows: only.rows(offset, limit) };
    // Several statuses, or completed: the window's rows in order, up to the page's last.
    const rows: SessionRecord[] = [];
    let skipped = 0;
    for (const row of byStart.range(all.from, all.to)) {
      if (rows.length >= limit) break;
      if (!wanted.includes(effectiveSessionStatus(row, now))) continue;
      if (skipped < offset) skipped += 1;
      else rows.push(row);
    }
    return { count, rows };
  };

  /** Each effective status as counts (and, where cheap, rows) within a start window. */
  const statusParts = ({ now, startFrom, startUntil }: SessionFilter, inWindow: number) => {
    const inStartWindow = (row: SessionRecord) =>
      (!startFrom || row.startTime >= startFrom) && (!startUntil || row.startTime <= startUntil);
    const slicer = (index: SortedRows<SessionRecord>, from: number, to: number) => ({
      count: Math.max(0, to - from),
      rows: (offset: number, limit: number) =>
        index.rowsBetween(from + offset, Math.min(to, from + offset + limit)),
    });
    const upcoming = (): StatusPart => {
      const { from, to } = window(untouched, startFrom, startUntil);
      return slicer(untouched, Math.max(from, untouched.bound(now, true)), to);
    };
    const cancelledPart = (): StatusPart => {
      const { from, to } = window(cancelled, startFrom, startUntil);
      return slicer(cancelled, from, to);
    };
    const inProgress = (): StatusPart => {
      const ongoing = (row: SessionRecord) => endTimeOf(row) > now && inStartWindow(row);
      const rows = [
        ...untouched.range(
          untouched.bound(new Date(now.getTime() - longestMinutes * MINUTE)),
          untouched.bound(now, true),
        ),
        ...startedOpen.range(),
      ]
        .filter(ongoing)
        .sort((a, b) => a.startTime.getTime() - b.startTime.getTime() || a.id - b.id);
      return { count: rows.length, rows: (offset, limit) => rows.slice(offset, offset + limit) };
    };
    const completed = (): StatusPart => ({
      count: inWindow - upcoming().count - cancelledPart().count - inProgress().count,
    });
    const parts: Record<SessionStatus, () => StatusPart> = {
      upcoming,
      in_progress: inProgress,
      completed,
      cancelled: cancelledPart,
    };
    return parts;
  };

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
    list: (filter, slice, callerId) => {
      const { count, rows } = list(filter, slice);
      return Promise.resolve({ count, rows: withRelated(rows, callerId) });
    },
    nearby: (filter, request, callerId) => {
      // An open session has not ended, so it started after now minus the longest duration: the
      // cells' rows before that are never read.
      const open = filter.statuses?.every(isOpenStatus);
      const nearest = located.nearest(request, {
        keep: matches(filter),
        from: open ? new Date(filter.now.getTime() - longestMinutes * MINUTE) : undefined,
      });
      // The listed rows are this call's own: each gets its distance added rather than a spread
      // copy (a spread per row cost about 5 % of a nearby request).
      const listed = withRelated(
        nearest.map(({ row }) => row),
        callerId,
      ) as (ListedSession & { distanceKm: number })[];
      for (const [index, row] of listed.entries()) row.distanceKm = nearest[index]?.distanceKm ?? 0;
      return Promise.resolve(listed);
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
        [...byUser.of(userId).range()].flatMap((participant) => {
          const session = sessions.get(participant.sessionId);
          return session ? [{ participant: copy(participant), session }] : [];
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
      const rows = bySession.of(sessionId);
      const page = [...rows.range(slice.offset, Math.min(rows.size, slice.offset + slice.limit))];
      return Promise.resolve({
        count: rows.size,
        rows: page.map((participant) => {
          const user = tables.users.get(participant.userId);
          if (!user) throw new Error(`Participant ${participant.id} has no user ${participant.userId}`);
          return { participant: copy(participant), user };
        }),
      });
    },
  };
}
