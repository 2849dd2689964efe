import type { GroupPrivacy, GroupStatus, MembershipRole, MembershipStatus } from '@studymate/contract';
import type { GeoPoint, Slice, SliceResult } from './shared.js';
import type { UserRecord } from './users.js';

/** Groups and their memberships (join requests and invitations included): one repository keeps both. */

export interface GroupRecord {
  id: number;
  name: string;
  description: string;
  avatarUrl: string | null;
  createdById: number;
  schoolId: number | null;
  subjectIds: number[];
  privacy: GroupPrivacy;
  maxMembers: number | null;
  location: GeoPoint | null;
  status: GroupStatus;
  /** The group's conversation, created with it. */
  conversationId: number;
  createdAt: Date;
  updatedAt: Date;
}

export type NewGroup = Omit<GroupRecord, 'id' | 'conversationId' | 'status'>;
export type GroupChanges = Partial<Omit<GroupRecord, 'id' | 'createdById' | 'conversationId' | 'createdAt'>>;

/** The answer to a join request, kept apart from the membership status (which moves on later). */
export type JoinRequestStatus = 'pending' | 'accepted' | 'rejected';

export interface MembershipRecord {
  id: number;
  groupId: number;
  userId: number;
  role: MembershipRole;
  status: MembershipStatus;
  /** The join request's message. */
  message: string;
  invitedById: number | null;
  /** Null for memberships that never were join requests. */
  requestStatus: JoinRequestStatus | null;
  requestedAt: Date | null;
  respondedAt: Date | null;
  respondedById: number | null;
  joinedAt: Date;
  leftAt: Date | null;
  updatedAt: Date;
}

export type MembershipWrite = Partial<Omit<MembershipRecord, 'id' | 'groupId' | 'userId'>>;

/** Which groups a list wants; `visibleTo` hides invite-only groups the user is neither in nor invited to. */
export interface GroupFilter {
  visibleTo: number;
  statuses?: GroupStatus[];
  privacy?: GroupPrivacy;
  subjectId?: number;
  schoolId?: number;
  /** Groups this user is an active member of. */
  activeMemberId?: number;
}

export interface MemberCounts {
  active: number;
  admins: number;
}

/** What a membership decision sees, read under the group's lock. */
export interface MembershipState {
  group: GroupRecord;
  membership: MembershipRecord | null;
  counts: MemberCounts;
}

export type MembershipDecision<Refusal> = { write: MembershipWrite } | { refusal: Refusal };

export type MembershipTarget = { groupId: number; userId: number } | { membershipId: number };

export type MembershipChange<Refusal> =
  | { ok: true; membership: MembershipRecord }
  | { ok: false; refusal: Refusal }
  | { ok: false; refusal: 'not_found' };

export interface GroupRepo {
  /** Creates the group, its conversation and the creator's active admin membership, in one step. */
  create(group: NewGroup): Promise<GroupRecord>;
  findById(id: number): Promise<GroupRecord | null>;
  findByIds(ids: number[]): Promise<Map<number, GroupRecord>>;
  update(id: number, changes: GroupChanges): Promise<GroupRecord | null>;
  /**
   * `update`, unless a new `maxMembers` is below the active members: checked and written under
   * the group's lock, so no join or accept slips in between. The refusal carries the count.
   */
  updateWithinCapacity(
    id: number,
    changes: GroupChanges,
  ): Promise<GroupRecord | null | { activeMembers: number }>;
  /** Newest first. */
  list(filter: GroupFilter, slice: Slice): Promise<SliceResult<GroupRecord>>;
  nearby(
    filter: GroupFilter,
    area: { center: GeoPoint; radiusKm: number; limit: number },
  ): Promise<{ group: GroupRecord; distanceKm: number }[]>;
  memberCounts(groupIds: number[]): Promise<Map<number, MemberCounts>>;
  /** The user's membership in each of these groups, where there is one. */
  membershipsOf(userId: number, groupIds: number[]): Promise<Map<number, MembershipRecord>>;
  findMembership(id: number): Promise<MembershipRecord | null>;
  /**
   * In joining order; `statuses` narrows. With every user the page's rows name (members, inviters,
   * responders), read with the page.
   */
  listMemberships(
    groupId: number,
    filter: { statuses?: MembershipRecord['status'][] },
    slice: Slice,
  ): Promise<SliceResult<MembershipRecord> & { users: Map<number, UserRecord> }>;
  /** Memberships that were join requests, newest request first. */
  listJoinRequests(
    filter: { groupId?: number; userId?: number; statuses?: JoinRequestStatus[] },
    slice: Slice,
  ): Promise<SliceResult<MembershipRecord>>;
  /**
   * Reads the group, the membership and the member counts, asks `decide`, and applies its write,
   * all under one lock on the group: capacity and the last-admin rule cannot race.
   * A `{groupId, userId}` target without a membership lets `decide` create one.
   */
  changeMembership<Refusal>(
    target: MembershipTarget,
    decide: (state: MembershipState) => MembershipDecision<Refusal>,
  ): Promise<MembershipChange<Refusal>>;
}

/** The fields of a membership that a decision creates, before its write applies: every store starts here. */
export const NEW_MEMBERSHIP_FIELDS: Readonly<Required<MembershipWrite>> = {
  role: 'member',
  status: 'pending',
  message: '',
  invitedById: null,
  requestStatus: null,
  requestedAt: null,
  respondedAt: null,
  respondedById: null,
  joinedAt: new Date(0),
  leftAt: null,
  updatedAt: new Date(0),
};
