import { distanceInMetres } from '../../rules/geo/great-circle.js';
import { isGroupVisible } from '../../rules/groups/group-rules.js';
import type {
  ConversationRecord,
  GroupFilter,
  GroupRecord,
  GroupRepo,
  MembershipRecord,
  MembershipState,
} from '../../ports/store/store.js';
import type { MemoryForeignKeys } from './memory-foreign-keys.js';
import { NEW_MEMBERSHIP_FIELDS } from '../../ports/store/groups.js';
import { MemoryTable } from './table.js';

const newestFirst = (a: GroupRecord, b: GroupRecord) =>
  b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id;

export function createMemoryGroups(
  conversations: MemoryTable<ConversationRecord>,
  keys: MemoryForeignKeys,
): GroupRepo {
  const groups = new MemoryTable<GroupRecord>();
  const memberships = new MemoryTable<MembershipRecord>();
  keys.detach('school', (schoolId) => {
    for (const group of groups.filter((row) => row.schoolId === schoolId))
      groups.patch(group.id, { schoolId: null });
  });
  keys.detach('subject', (subjectId) => {
    for (const group of groups.filter((row) => row.subjectIds.includes(subjectId))) {
      groups.patch(group.id, { subjectIds: group.subjectIds.filter((id) => id !== subjectId) });
    }
  });

  const membershipOf = (groupId: number, userId: number) =>
    memberships.find((row) => row.groupId === groupId && row.userId === userId);
  const countsOf = (groupId: number) => {
    const active = memberships.filter((row) => row.groupId === groupId && row.status === 'active');
    return { active: active.length, admins: active.filter((row) => row.role === 'admin').length };
  };
  const matches = (filter: GroupFilter) => (group: GroupRecord) =>
    isGroupVisible(group, membershipOf(group.id, filter.visibleTo)) &&
    (!filter.statuses || filter.statuses.includes(group.status)) &&
    (!filter.privacy || group.privacy === filter.privacy) &&
    (filter.subjectId === undefined || group.subjectIds.includes(filter.subjectId)) &&
    (filter.schoolId === undefined || group.schoolId === filter.schoolId) &&
    (filter.activeMemberId === undefined ||
      membershipOf(group.id, filter.activeMemberId)?.status === 'active');

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
      const rows = groups.filter(matches(filter)).sort(newestFirst);
      return Promise.resolve({
        count: rows.length,
        rows: rows.slice(slice.offset, slice.offset + slice.limit),
      });
    },
    nearby: (filter, { center, radiusKm, limit }) => {
      const found = groups
        .filter(matches(filter))
        .flatMap((group) => {
          if (!group.location) return [];
          const distanceKm = distanceInMetres(center, group.location) / 1000;
          return distanceKm <= radiusKm ? [{ group, distanceKm }] : [];
        })
        .sort((a, b) => a.distanceKm - b.distanceKm || a.group.id - b.group.id);
      return Promise.resolve(found.slice(0, limit));
    },
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
      const rows = memberships
        .filter(
          (row) => row.groupId === groupId && (!filter.statuses || filter.statuses.includes(row.status)),
        )
        .sort((a, b) => a.id - b.id);
      return Promise.resolve({
        count: rows.length,
        rows: rows.slice(slice.offset, slice.offset + slice.limit),
      });
    },
    listJoinRequests: (filter, slice) => {
      const rows = memberships
        .filter(
          (row) =>
            row.requestStatus !== null &&
            (filter.groupId === undefined || row.groupId === filter.groupId) &&
            (filter.userId === undefined || row.userId === filter.userId) &&
            (!filter.statuses || filter.statuses.includes(row.requestStatus)),
        )
        .sort((a, b) => (b.requestedAt?.getTime() ?? 0) - (a.requestedAt?.getTime() ?? 0) || b.id - a.id);
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
