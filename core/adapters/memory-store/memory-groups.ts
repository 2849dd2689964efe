import { isGroupVisible } from '../../rules/groups/group-rules.js';
import type {
  ConversationRecord,
  Slice,
  GroupFilter,
  GroupRecord,
  GroupRepo,
  MembershipRecord,
  MembershipState,
  UserRecord,
} from '../../ports/store/store.js';
import type { MemoryForeignKeys } from './memory-foreign-keys.js';
import { NEW_MEMBERSHIP_FIELDS } from '../../ports/store/groups.js';
import { GroupedRows, SortedRows, PairedRows } from './memory-indexes.js';
import { GeoGrid } from './geo-grid.js';
import { MemoryTable } from './table.js';

const newestFirst = (a: GroupRecord, b: GroupRecord) =>
  b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id;
const createdAtOf = (group: GroupRecord) => group.createdAt;
const copy = <Row>(row: Row): Row => ({ ...row });
const STATUSES: GroupRecord['status'][] = ['active', 'inactive', 'archived'];
const OPEN_PRIVACIES: GroupRecord['privacy'][] = ['public', 'private'];

/** Rows of several lists, each ascending by creation, merged newest first. */
function* newestOfAll(lists: SortedRows<GroupRecord>[]): Generator<GroupRecord> {
  const cursors = lists.map((list) => ({ list, position: list.size - 1 }));
  for (;;) {
    let best: { list: SortedRows<GroupRecord>; position: number } | null = null;
    for (const cursor of cursors) {
      if (cursor.position < 0) continue;
      if (!best || newestFirst(cursor.list.at(cursor.position), best.list.at(best.position)) < 0)
        best = cursor;
    }
    if (!best) return;
    yield best.list.at(best.position);
    best.position -= 1;
  }
}

export function createMemoryGroups(
  tables: { conversations: MemoryTable<ConversationRecord>; users: MemoryTable<UserRecord> },
  keys: MemoryForeignKeys,
): GroupRepo {
  const { conversations } = tables;
  const groups = new MemoryTable<GroupRecord>();
  const memberships = new MemoryTable<MembershipRecord>();
  // Groups anyone may see, by status and privacy, by creation; invite-only ones are found through
  // the caller's memberships. By school, by subject, and where they are.
  const open = new GroupedRows(
    (group: GroupRecord) => `${group.status}|${group.privacy}`,
    createdAtOf,
    (group) => group.privacy !== 'invite_only',
  );
  const bySchool = new GroupedRows((group: GroupRecord) => group.schoolId, createdAtOf);
  const bySubject = new GroupedRows((group: GroupRecord) => group.subjectIds, createdAtOf);
  const located = new GeoGrid((group: GroupRecord) => group.location);
  groups.watch(open, bySchool, bySubject, located);
  const byGroup = new GroupedRows((row: MembershipRecord) => row.groupId);
  const byUser = new GroupedRows((row: MembershipRecord) => row.userId);
  const byPair = new PairedRows((row: MembershipRecord) => [row.groupId, row.userId]);
  memberships.watch(byGroup, byUser, byPair);

  keys.detach('school', (schoolId) => {
    for (const group of [...bySchool.of(schoolId).range()]) groups.patch(group.id, { schoolId: null });
  });
  keys.detach('subject', (subjectId) => {
    for (const group of [...bySubject.of(subjectId).range()]) {
      groups.patch(group.id, { subjectIds: group.subjectIds.filter((id) => id !== subjectId) });
    }
  });

  const storedMembership = (groupId: number, userId: number) => byPair.get(groupId, userId);
  const membershipOf = (groupId: number, userId: number) => {
    const row = storedMembership(groupId, userId);
    return row ? copy(row) : null;
  };
  const countsOf = (groupId: number) => {
    const counts = { active: 0, admins: 0 };
    for (const row of byGroup.of(groupId).range()) {
      if (row.status !== 'active') continue;
      counts.active += 1;
      if (row.role === 'admin') counts.admins += 1;
    }
    return counts;
  };
  const matches = (filter: GroupFilter) => (group: GroupRecord) =>
    isGroupVisible(group, storedMembership(group.id, filter.visibleTo)) &&
    (!filter.statuses || filter.statuses.includes(group.status)) &&
    (!filter.privacy || group.privacy === filter.privacy) &&
    (filter.subjectId === undefined || group.subjectIds.includes(filter.subjectId)) &&
    (filter.schoolId === undefined || group.schoolId === filter.schoolId) &&
    (filter.activeMemberId === undefined ||
      storedMembership(group.id, filter.activeMemberId)?.status === 'active');

  /** The groups of a user's memberships, newest first: a few. */
  const groupsOfMember = (userId: number) =>
    [...byUser.of(userId).range()].flatMap((row) => groups.peek(row.groupId) ?? []).sort(newestFirst);

  /** Walks rows newest first: counts every match, keeps the window's. */
  const walk = (rows: Iterable<GroupRecord>, keep: (group: GroupRecord) => boolean, slice: Slice) => {
    const window: GroupRecord[] = [];
    let count = 0;
    for (const row of rows) {
      if (!keep(row)) continue;
      if (count >= slice.offset && window.length < slice.limit) window.push(row);
      count += 1;
    }
    return { count, rows: window };
  };

  const list = (filter: GroupFilter, slice: Slice) => {
    const keep = matches(filter);
    if (filter.activeMemberId !== undefined) return walk(groupsOfMember(filter.activeMemberId), keep, slice);
    if (filter.subjectId !== undefined)
      return walk(bySubject.of(filter.subjectId).range(0, undefined, true), keep, slice);
    if (filter.schoolId !== undefined)
      return walk(bySchool.of(filter.schoolId).range(0, undefined, true), keep, slice);
    // The open groups of the wanted statuses and privacies, counted by size and merged; plus the
    // invite-only groups the caller is in or invited to.
    const statuses = filter.statuses ?? STATUSES;
    const privacies = filter.privacy ? [filter.privacy] : OPEN_PRIVACIES;
    const lists = statuses.flatMap((status) =>
      privacies
        .filter((privacy) => privacy !== 'invite_only')
        .map((privacy) => open.of(`${status}|${privacy}`)),
    );
    const hidden =
      filter.privacy && filter.privacy !== 'invite_only'
        ? []
        : groupsOfMember(filter.visibleTo).filter((group) => group.privacy === 'invite_only' && keep(group));
    const hiddenList = new SortedRows(createdAtOf);
    for (const group of hidden) hiddenList.add(group);
    const all = [...new Set(lists)];
    const count = all.reduce((sum, rows) => sum + rows.size, 0) + hiddenList.size;
    const rows: GroupRecord[] = [];
    let skipped = 0;
    for (const group of newestOfAll([...all, hiddenList])) {
      if (rows.length >= slice.limit) break;
      if (skipped < slice.offset) skipped += 1;
      else rows.push(group);
    }
    return { count, rows };
  };

  return {
    create: (input) => {
      const conversation = conversations.insert({
        kind: 'group',
        groupId: null,
        connectionId: null,
        participantIds: [],
        createdAt: input.createdAt,
        updatedAt: input.createdAt,
      });
      const group = groups.insert({ ...input, status: 'active', conversationId: conversation.id });
      conversations.patch(conversation.id, { groupId: group.id });
      memberships.insert({
        ...NEW_MEMBERSHIP_FIELDS,
        groupId: group.id,
        userId: input.createdById,
        role: 'admin',
        status: 'active',
        joinedAt: input.createdAt,
        updatedAt: input.createdAt,
      });
      return Promise.resolve(group);
    },
    findById: (id) => Promise.resolve(groups.get(id)),
    findByIds: (ids) => Promise.resolve(groups.getMany(ids)),
    update: (id, changes) => Promise.resolve(groups.patch(id, changes)),
    updateWithinCapacity: (id, changes) => {
      const { active } = countsOf(id);
      const max = changes.maxMembers;
      if (max !== undefined && max !== null && active > max)
        return Promise.resolve({ activeMembers: active });
      return Promise.resolve(groups.patch(id, changes));
    },
    list: (filter, slice) => {
      const { count, rows } = list(filter, slice);
      return Promise.resolve({ count, rows: rows.map(copy) });
    },
    nearby: (filter, request) =>
      Promise.resolve(
        located
          .nearest(request, { keep: matches(filter) })
          .map(({ row, distanceKm }) => ({ group: copy(row), distanceKm })),
      ),
    memberCounts: (groupIds) => Promise.resolve(new Map(groupIds.map((id) => [id, countsOf(id)]))),
    membershipsOf: (userId, groupIds) => {
      const found = new Map<number, MembershipRecord>();
      for (const groupId of groupIds) {
        const row = membershipOf(groupId, userId);
        if (row) found.set(groupId, row);
      }
      return Promise.resolve(found);
    },
    findMembership: (id) => Promise.resolve(memberships.get(id)),
    listMemberships: (groupId, filter, slice) => {
      const matching = [...byGroup.of(groupId).range()].filter(
        (row) => !filter.statuses || filter.statuses.includes(row.status),
      );
      const rows = matching.slice(slice.offset, slice.offset + slice.limit).map(copy);
      const ids = rows.flatMap((row) => [row.userId, row.invitedById, row.respondedById]);
      const named = [...new Set(ids)].filter((id): id is number => id !== null);
      return Promise.resolve({ count: matching.length, rows, users: tables.users.getMany(named) });
    },
    listJoinRequests: (filter, slice) => {
      const source =
        filter.groupId !== undefined
          ? [...byGroup.of(filter.groupId).range()]
          : filter.userId !== undefined
            ? [...byUser.of(filter.userId).range()]
            : memberships.all();
      const rows = source
        .filter(
          (row) =>
            row.requestStatus !== null &&
            (filter.groupId === undefined || row.groupId === filter.groupId) &&
            (filter.userId === undefined || row.userId === filter.userId) &&
            (!filter.statuses || filter.statuses.includes(row.requestStatus)),
        )
        .sort((a, b) => (b.requestedAt?.getTime() ?? 0) - (a.requestedAt?.getTime() ?? 0) || b.id - a.id)
        .map(copy);
      return Promise.resolve({
        count: rows.length,
        rows: rows.slice(slice.offset, slice.offset + slice.limit),
      });
    },
    changeMembership: (target, decide) => {
      // Synchronous from read to write: nothing can interleave, which is the memory store's lock.
      const membership =
        'membershipId' in target
          ? memberships.get(target.membershipId)
          : membershipOf(target.groupId, target.userId);
      const groupId = 'membershipId' in target ? membership?.groupId : target.groupId;
      const group = groupId === undefined ? null : groups.get(groupId);
      if (!group || ('membershipId' in target && !membership))
        return Promise.resolve({ ok: false, refusal: 'not_found' as const });
      const state: MembershipState = { group, membership, counts: countsOf(group.id) };
      const decision = decide(state);
      if ('refusal' in decision) return Promise.resolve({ ok: false, refusal: decision.refusal });
      const written = membership
        ? memberships.patch(membership.id, decision.write)
        : memberships.insert({
            ...NEW_MEMBERSHIP_FIELDS,
            ...decision.write,
            groupId: group.id,
            userId: 'userId' in target ? target.userId : 0,
          });
      if (!written) return Promise.resolve({ ok: false, refusal: 'not_found' as const });
      return Promise.resolve({ ok: true, membership: written });
    },
  };
}
