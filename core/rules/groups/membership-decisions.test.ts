import { describe, expect, it } from 'vitest';
import type { GroupRecord, MembershipRecord, MembershipState } from '../../ports/store/store.js';
import {
  decideAccept,
  decideInvite,
  decideJoin,
  decideLeave,
  decideReject,
  decideRemove,
  decideRoleChange,
} from './membership-decisions.js';

const now = new Date('2026-03-01T10:00:00Z');
const earlier = new Date('2026-01-01T10:00:00Z');

const group = (overrides: Partial<GroupRecord> = {}): GroupRecord => ({
  id: 1,
  name: 'Algebra',
  description: '',
  avatarUrl: null,
  createdById: 1,
  schoolId: null,
  subjectIds: [],
  privacy: 'public',
  maxMembers: null,
  location: null,
  status: 'active',
  conversationId: 1,
  createdAt: earlier,
  updatedAt: earlier,
  ...overrides,
});

const membership = (overrides: Partial<MembershipRecord> = {}): MembershipRecord => ({
  id: 1,
  groupId: 1,
  userId: 2,
  role: 'member',
  status: 'active',
  message: '',
  invitedById: null,
  requestStatus: null,
  requestedAt: null,
  respondedAt: null,
  respondedById: null,
  joinedAt: earlier,
  leftAt: null,
  updatedAt: earlier,
  ...overrides,
});

const state = (overrides: Partial<MembershipState> = {}): MembershipState => ({
  group: group(),
  membership: null,
  counts: { active: 3, admins: 1 },
  ...overrides,
});

const archived = { group: group({ status: 'archived' }) };
const ARCHIVED = { refusal: 'This group is archived and read-only.' };
const soleAdmin = { membership: membership({ role: 'admin' }), counts: { active: 3, admins: 1 } };
const oneOfTwoAdmins = { membership: membership({ role: 'admin' }), counts: { active: 3, admins: 2 } };

describe('decideJoin', () => {
  const join = (overrides: Partial<MembershipState>) => decideJoin(state(overrides), { message: 'hi', now });

  it('lets anyone into a public group at once, as an active member', () => {
    expect(join({})).toEqual({
      write: { role: 'member', status: 'active', joinedAt: now, leftAt: null, updatedAt: now },
    });
  });

  it('records a pending request with its message for a private group', () => {
    expect(join({ group: group({ privacy: 'private' }) })).toEqual({
      write: {
        role: 'member',
        status: 'pending',
        message: 'hi',
        requestStatus: 'pending',
        requestedAt: now,
        respondedAt: null,
        respondedById: null,
        joinedAt: now,
        leftAt: null,
        updatedAt: now,
      },
    });
  });

  it('lets an invited user into a private group at once', () => {
    const decision = join({
      group: group({ privacy: 'private' }),
      membership: membership({ status: 'invited' }),
    });
    expect(decision).toEqual({
      write: { role: 'member', status: 'active', joinedAt: now, leftAt: null, updatedAt: now },
    });
  });

  it('refuses an invite-only group without an invitation', () => {
    expect(join({ group: group({ privacy: 'invite_only' }) })).toEqual({
      refusal: 'You need an invitation to join this group.',
    });
  });

  it('lets an invited user into an invite-only group', () => {
    const decision = join({
      group: group({ privacy: 'invite_only' }),
      membership: membership({ status: 'invited' }),
    });
    expect(decision).toMatchObject({ write: { status: 'active' } });
  });

  it('refuses a join when the active members reach max_members', () => {
    expect(join({ group: group({ maxMembers: 3 }), counts: { active: 3, admins: 1 } })).toEqual({
      refusal: 'This group is full.',
    });
  });

  it('lets a join take the last free place', () => {
    expect(join({ group: group({ maxMembers: 4 }), counts: { active: 3, admins: 1 } })).toMatchObject({
      write: { status: 'active' },
    });
  });

  it('refuses an invited user when the group is full', () => {
    const decision = join({
      group: group({ maxMembers: 3 }),
      membership: membership({ status: 'invited' }),
      counts: { active: 3, admins: 1 },
    });
    expect(decision).toEqual({ refusal: 'This group is full.' });
  });

  it('takes a pending request to a full private group (capacity is checked on accept)', () => {
    const decision = join({
      group: group({ privacy: 'private', maxMembers: 3 }),
      counts: { active: 3, admins: 1 },
    });
    expect(decision).toMatchObject({ write: { status: 'pending' } });
  });

  it('refuses an active member', () => {
    expect(join({ membership: membership() })).toEqual({
      refusal: 'You are already a member of this group.',
    });
  });

  it('refuses a second request while one is pending', () => {
    expect(join({ membership: membership({ status: 'pending' }) })).toEqual({
      refusal: 'You have already asked to join this group.',
    });
  });

  it('lets a user who left join again', () => {
    expect(join({ membership: membership({ status: 'left' }) })).toMatchObject({
      write: { status: 'active' },
    });
  });

  it('refuses any join to an archived group', () => {
    expect(join(archived)).toEqual(ARCHIVED);
  });
});

describe('decideLeave', () => {
  const leave = (overrides: Partial<MembershipState>) => decideLeave(state(overrides), now);

  it('marks an active member as left', () => {
    expect(leave({ membership: membership() })).toEqual({
      write: { status: 'left', leftAt: now, updatedAt: now },
    });
  });

  it('withdraws a pending request: left, and the request no longer pending', () => {
    expect(leave({ membership: membership({ status: 'pending', requestStatus: 'pending' }) })).toEqual({
      write: { status: 'left', leftAt: now, updatedAt: now, requestStatus: null },
    });
  });

  it('declines an invitation by leaving', () => {
    expect(leave({ membership: membership({ status: 'invited' }) })).toEqual({
      write: { status: 'left', leftAt: now, updatedAt: now },
    });
  });

  it.each(['left', 'removed', 'rejected'] as const)('refuses a user whose membership is %s', (status) => {
    expect(leave({ membership: membership({ status }) })).toEqual({
      refusal: 'You are not a member of this group.',
    });
  });

  it('refuses a user without a membership', () => {
    expect(leave({})).toEqual({ refusal: 'You are not a member of this group.' });
  });

  it('keeps the last admin in the group', () => {
    expect(leave(soleAdmin)).toEqual({
      refusal: 'You are the last admin of this group; make someone else admin first.',
    });
  });

  it('lets an admin leave while another admin stays', () => {
    expect(leave(oneOfTwoAdmins)).toMatchObject({ write: { status: 'left' } });
  });

  it('lets a member leave whatever the admin count', () => {
    expect(leave({ membership: membership(), counts: { active: 3, admins: 0 } })).toMatchObject({
      write: { status: 'left' },
    });
  });

  it('lets an invited admin-to-be decline although the counts hold one admin', () => {
    const invitedAdmin = membership({ status: 'invited', role: 'admin' });
    expect(leave({ membership: invitedAdmin, counts: { active: 3, admins: 1 } })).toMatchObject({
      write: { status: 'left' },
    });
  });
});

describe('decideInvite', () => {
  const invite = (overrides: Partial<MembershipState>) =>
    decideInvite(state(overrides), { inviterId: 9, now });

  it('invites a user who has no membership, as a member, naming the inviter', () => {
    expect(invite({})).toEqual({
      write: {
        role: 'member',
        status: 'invited',
        invitedById: 9,
        joinedAt: now,
        leftAt: null,
        updatedAt: now,
      },
    });
  });

  it('invites again a user who left', () => {
    expect(invite({ membership: membership({ status: 'left' }) })).toMatchObject({
      write: { status: 'invited' },
    });
  });

  it('refuses an active member', () => {
    expect(invite({ membership: membership() })).toEqual({
      refusal: 'This user is already a member of this group.',
    });
  });

  it('refuses a user already invited', () => {
    expect(invite({ membership: membership({ status: 'invited' }) })).toEqual({
      refusal: 'This user has already been invited.',
    });
  });

  it('refuses a user with a pending request: accept it instead', () => {
    expect(invite({ membership: membership({ status: 'pending' }) })).toEqual({
      refusal: 'This user has already asked to join; accept their request instead.',
    });
  });

  it('refuses in an archived group', () => {
    expect(invite(archived)).toEqual(ARCHIVED);
  });
});

describe('decideAccept', () => {
  const pending = membership({ status: 'pending', requestStatus: 'pending' });
  const accept = (overrides: Partial<MembershipState>) =>
    decideAccept(state({ membership: pending, ...overrides }), { adminId: 7, now });

  it('activates a pending request and records who accepted it and when', () => {
    expect(accept({})).toEqual({
      write: {
        status: 'active',
        joinedAt: now,
        leftAt: null,
        updatedAt: now,
        requestStatus: 'accepted',
        respondedAt: now,
        respondedById: 7,
      },
    });
  });

  it('refuses when the group is full', () => {
    expect(accept({ group: group({ maxMembers: 3 }), counts: { active: 3, admins: 1 } })).toEqual({
      refusal: 'This group is full.',
    });
  });

  it('refuses a request already handled', () => {
    expect(accept({ membership: membership({ status: 'rejected' }) })).toEqual({
      refusal: 'This join request has already been handled.',
    });
  });

  it('refuses when there is no membership at all', () => {
    expect(accept({ membership: null })).toEqual({ refusal: 'This join request has already been handled.' });
  });

  it('refuses in an archived group', () => {
    expect(accept(archived)).toEqual(ARCHIVED);
  });
});

describe('decideReject', () => {
  const pending = membership({ status: 'pending', requestStatus: 'pending' });
  const reject = (overrides: Partial<MembershipState>) =>
    decideReject(state({ membership: pending, ...overrides }), { adminId: 7, now });

  it('rejects a pending request and records who answered and when', () => {
    expect(reject({})).toEqual({
      write: {
        status: 'rejected',
        requestStatus: 'rejected',
        respondedAt: now,
        respondedById: 7,
        updatedAt: now,
      },
    });
  });

  it('refuses a request already handled', () => {
    expect(reject({ membership: membership() })).toEqual({
      refusal: 'This join request has already been handled.',
    });
  });

  it('refuses when there is no membership at all', () => {
    expect(reject({ membership: null })).toEqual({ refusal: 'This join request has already been handled.' });
  });

  it('refuses in an archived group', () => {
    expect(reject(archived)).toEqual(ARCHIVED);
  });
});

describe('decideRemove', () => {
  const remove = (overrides: Partial<MembershipState>) => decideRemove(state(overrides), now);

  it('removes an active member', () => {
    expect(remove({ membership: membership() })).toEqual({
      write: { status: 'removed', leftAt: now, updatedAt: now },
    });
  });

  it('refuses a membership that is not active, or none', () => {
    expect(remove({ membership: membership({ status: 'pending' }) })).toEqual({
      refusal: 'Only an active member can be removed.',
    });
    expect(remove({ membership: null })).toEqual({ refusal: 'Only an active member can be removed.' });
  });

  it('refuses to remove the last admin', () => {
    expect(remove(soleAdmin)).toEqual({ refusal: 'The last admin of a group cannot be removed.' });
  });

  it('removes an admin while another admin stays', () => {
    expect(remove(oneOfTwoAdmins)).toMatchObject({ write: { status: 'removed' } });
  });

  it('refuses in an archived group', () => {
    expect(remove({ ...archived, membership: membership() })).toEqual(ARCHIVED);
  });
});

describe('decideRoleChange', () => {
  const change = (overrides: Partial<MembershipState>, role: MembershipRecord['role']) =>
    decideRoleChange(state(overrides), { role, now });

  it('changes an active member’s role', () => {
    expect(change({ membership: membership() }, 'moderator')).toEqual({
      write: { role: 'moderator', updatedAt: now },
    });
  });

  it.each(['member', 'moderator'] as const)('refuses to demote the last admin to %s', (role) => {
    expect(change(soleAdmin, role)).toEqual({ refusal: 'The last admin of a group cannot be demoted.' });
  });

  it('keeps the last admin an admin when asked to', () => {
    expect(change(soleAdmin, 'admin')).toEqual({ write: { role: 'admin', updatedAt: now } });
  });

  it('demotes an admin while another admin stays', () => {
    expect(change(oneOfTwoAdmins, 'member')).toEqual({ write: { role: 'member', updatedAt: now } });
  });

  it('refuses a membership that is not active, or none', () => {
    expect(change({ membership: membership({ status: 'invited' }) }, 'admin')).toEqual({
      refusal: 'Only an active member has a role to change.',
    });
    expect(change({ membership: null }, 'admin')).toEqual({
      refusal: 'Only an active member has a role to change.',
    });
  });

  it('refuses in an archived group', () => {
    expect(change({ ...archived, membership: membership() }, 'member')).toEqual(ARCHIVED);
  });
});
