import type { GroupRecord, MembershipRecord } from '../../ports/store/store.js';

type MaybeMembership = MembershipRecord | null | undefined;

/** DESIGN §4.3: an invite-only group exists only for its members and the invited. */
export function isGroupVisible(group: Pick<GroupRecord, 'privacy'>, membership: MaybeMembership): boolean {
  return (
    group.privacy !== 'invite_only' || membership?.status === 'active' || membership?.status === 'invited'
  );
}

export const isActiveMember = (membership: MaybeMembership): boolean => membership?.status === 'active';

export const isActiveAdmin = (membership: MaybeMembership): boolean =>
  isActiveMember(membership) && membership?.role === 'admin';

/** Admins and moderators invite. */
export const canInvite = (membership: MaybeMembership): boolean =>
  isActiveMember(membership) && (membership?.role === 'admin' || membership?.role === 'moderator');

export const isArchived = (group: Pick<GroupRecord, 'status'>): boolean => group.status === 'archived';

export const ARCHIVED_REFUSAL = 'This group is archived and read-only.';
