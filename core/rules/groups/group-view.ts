import type { GroupDetail, GroupListItem } from '@studymate/contract';
import type {
  GroupRecord,
  MemberCounts,
  MembershipRecord,
  SchoolRecord,
  Store,
  SubjectRecord,
  UserRecord,
} from '../../ports/store/store.js';
import { presentSubject } from '../subjects/present-subject.js';
import { presentUserSummary } from '../people/present-user.js';
import { isActiveAdmin, isActiveMember, isArchived } from './group-rules.js';
import { presentOneMembership } from './present-membership.js';

/** A group with what its shapes derive, from the caller's point of view. */
export interface GroupView {
  group: GroupRecord;
  creator: UserRecord;
  school: SchoolRecord | null;
  subjects: SubjectRecord[];
  counts: MemberCounts;
  callerMembership: MembershipRecord | null;
}

/** Creators, schools, subjects, member counts and the caller's memberships for many groups, in five reads. */
export async function loadGroupViews(
  groups: GroupRecord[],
  context: { store: Store; callerId: number },
): Promise<GroupView[]> {
  const { store } = context;
  const ids = groups.map((group) => group.id);
  const [creators, schools, subjects, counts, mine] = await Promise.all([
    store.users.findByIds([...new Set(groups.map((group) => group.createdById))]),
    store.schools.findByIds([
      ...new Set(groups.flatMap((group) => (group.schoolId === null ? [] : [group.schoolId]))),
    ]),
    store.subjects.findByIds([...new Set(groups.flatMap((group) => group.subjectIds))]),
    store.groups.memberCounts(ids),
    store.groups.membershipsOf(context.callerId, ids),
  ]);
  return groups.map((group) => {
    const creator = creators.get(group.createdById);
    if (!creator) throw new Error(`Group ${group.id} has no creator ${group.createdById}`);
    return {
      group,
      creator,
      school: group.schoolId === null ? null : (schools.get(group.schoolId) ?? null),
      subjects: group.subjectIds.flatMap((id) => subjects.get(id) ?? []),
      counts: counts.get(group.id) ?? { active: 0, admins: 0 },
      callerMembership: mine.get(group.id) ?? null,
    };
  });
}

export function presentGroupListItem(view: GroupView): GroupListItem {
  const { group, counts, callerMembership } = view;
  return {
    id: group.id,
    name: group.name,
    description: group.description,
    avatar_url: group.avatarUrl,
    created_by: presentUserSummary(view.creator),
    school: view.school
      ? { id: view.school.id, name: view.school.name, short_name: view.school.shortName }
      : null,
    subjects: view.subjects.flatMap((subject) => presentSubject(subject) ?? []),
    privacy: group.privacy,
    member_count: counts.active,
    max_members: group.maxMembers,
    is_full: group.maxMembers !== null && counts.active >= group.maxMembers,
    status: group.status,
    is_member: isActiveMember(callerMembership),
    is_admin: isActiveAdmin(callerMembership),
    created_at: group.createdAt.toISOString(),
  };
}

/** The detail shape: the caller's membership and what it allows. */
async function presentGroupDetail(view: GroupView, store: Store): Promise<GroupDetail> {
  const item = presentGroupListItem(view);
  const { group, callerMembership: membership, counts } = view;
  const writable = !isArchived(group);
  const status = membership?.status ?? null;
  const hasWay = group.privacy !== 'invite_only' || status === 'invited';
  const isLastAdmin = item.is_admin && counts.admins <= 1;
  return {
    ...item,
    geom_point: group.location
      ? { type: 'Point', coordinates: [group.location.longitude, group.location.latitude] }
      : null,
    is_moderator: item.is_member && (membership?.role === 'admin' || membership?.role === 'moderator'),
    can_join:
      writable &&
      status !== 'active' &&
      status !== 'pending' &&
      hasWay &&
      (group.privacy === 'private' || !item.is_full),
    can_leave: (status === 'active' || status === 'pending' || status === 'invited') && !isLastAdmin,
    can_edit: writable && item.is_admin,
    can_manage_members: writable && item.is_admin,
    user_membership: membership ? await presentOneMembership(membership, store) : null,
    user_role: membership ? membership.role : null,
    user_membership_status: status,
    updated_at: group.updatedAt.toISOString(),
  };
}

export async function presentGroup(
  group: GroupRecord,
  context: { store: Store; callerId: number },
): Promise<GroupDetail> {
  const [view] = await loadGroupViews([group], context);
  if (!view) throw new Error(`No view for group ${group.id}`);
  return presentGroupDetail(view, context.store);
}
