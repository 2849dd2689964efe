import { describe, expect, it } from 'vitest';
import type { MembershipRecord } from '../../ports/store/store.js';
import { canInvite, isActiveAdmin, isActiveMember, isArchived, isGroupVisible } from './group-rules.js';

const membership = (status: MembershipRecord['status'], role: MembershipRecord['role'] = 'member') =>
  ({ status, role }) as MembershipRecord;

describe('isGroupVisible', () => {
  it.each(['public', 'private'] as const)('shows a %s group to anyone', (privacy) => {
    expect(isGroupVisible({ privacy }, null)).toBe(true);
  });

  it('shows an invite-only group to its active members and the invited', () => {
    expect(isGroupVisible({ privacy: 'invite_only' }, membership('active'))).toBe(true);
    expect(isGroupVisible({ privacy: 'invite_only' }, membership('invited'))).toBe(true);
  });

  it.each(['pending', 'left', 'removed', 'rejected'] as const)(
    'hides an invite-only group from a user whose membership is %s',
    (status) => {
      expect(isGroupVisible({ privacy: 'invite_only' }, membership(status))).toBe(false);
    },
  );

  it('hides an invite-only group from an outsider', () => {
    expect(isGroupVisible({ privacy: 'invite_only' }, null)).toBe(false);
    expect(isGroupVisible({ privacy: 'invite_only' }, undefined)).toBe(false);
  });
});

describe('group roles', () => {
  it('counts only an active membership as a member', () => {
    expect(isActiveMember(membership('active'))).toBe(true);
    expect(isActiveMember(membership('invited'))).toBe(false);
    expect(isActiveMember(null)).toBe(false);
  });

  it('treats only an active admin as admin', () => {
    expect(isActiveAdmin(membership('active', 'admin'))).toBe(true);
    expect(isActiveAdmin(membership('left', 'admin'))).toBe(false);
    expect(isActiveAdmin(membership('active', 'moderator'))).toBe(false);
  });

  it('lets active admins and moderators invite, not members or former admins', () => {
    expect(canInvite(membership('active', 'admin'))).toBe(true);
    expect(canInvite(membership('active', 'moderator'))).toBe(true);
    expect(canInvite(membership('active', 'member'))).toBe(false);
    expect(canInvite(membership('removed', 'admin'))).toBe(false);
    expect(canInvite(undefined)).toBe(false);
  });

  it('reads only the archived status as archived', () => {
    expect(isArchived({ status: 'archived' })).toBe(true);
    expect(isArchived({ status: 'inactive' })).toBe(false);
    expect(isArchived({ status: 'active' })).toBe(false);
  });
});
