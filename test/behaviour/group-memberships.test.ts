import { describe, expect, it } from 'vitest';
import { signUp } from '../support/factories.js';
import { addActiveMember, createGroup, membershipOf } from '../support/groups.js';
import { raceSetting } from '../support/race-setting.js';
import { bodyOf, statusAndBody } from '../support/responses.js';
import { useTarget } from '../targets/index.js';

const target = useTarget();

describe('POST /api/groups/{id}/join/', () => {
  it('makes the caller an active member of a public group at once', async () => {
    const admin = await signUp(target.current);
    const group = await createGroup(admin);
    const user = await signUp(target.current);
    const response = await user.client.groups.join({ params: { id: group.id }, body: {} });
    expect(response.body).toMatchObject({
      message: 'You have joined the group.',
      membership: { role: 'member', status: 'active', user: { id: user.user.id } },
    });
    expect((await user.client.groups.get({ params: { id: group.id } })).body).toMatchObject({
      member_count: 2,
      is_member: true,
    });
  });

  it('turns a join of a private group into a pending request carrying its message', async () => {
    const admin = await signUp(target.current);
    const group = await createGroup(admin, { privacy: 'private' });
    const user = await signUp(target.current);
    const response = await user.client.groups.join({
      params: { id: group.id },
      body: { message: 'I love graphs' },
    });
    expect(response.body).toMatchObject({
      message: 'Your request to join has been sent.',
      membership: { status: 'pending', message: 'I love graphs' },
    });
    const again = await user.client.groups.join({ params: { id: group.id }, body: {} });
    expect(statusAndBody(again)).toEqual({
      status: 400,
      body: { detail: 'You have already asked to join this group.' },
    });
  });

  it('refuses a second join of an active member', async () => {
    const admin = await signUp(target.current);
    const group = await createGroup(admin);
    expect(statusAndBody(await admin.client.groups.join({ params: { id: group.id }, body: {} }))).toEqual({
      status: 400,
      body: { detail: 'You are already a member of this group.' },
    });
  });

  it('refuses a join that would exceed max_members', async () => {
    const admin = await signUp(target.current);
    const group = await createGroup(admin, { max_members: 2 });
    await addActiveMember(target.current, admin, group);
    const late = await signUp(target.current);
    const response = await late.client.groups.join({ params: { id: group.id }, body: {} });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ detail: 'This group is full.' });
  });

  it(`never goes over capacity when many join at once ${raceSetting()}`, async () => {
    const admin = await signUp(target.current);
    const group = await createGroup(admin, { max_members: 4 });
    const users = await Promise.all(Array.from({ length: 8 }, () => signUp(target.current)));
    const responses = await Promise.all(
      users.map((user) => user.client.groups.join({ params: { id: group.id }, body: {} })),
    );
    expect(responses.filter((response) => response.status === 200)).toHaveLength(3);
    expect((await admin.client.groups.get({ params: { id: group.id } })).body).toMatchObject({
      member_count: 4,
      is_full: true,
    });
  });

  it('lets someone who left, was removed or was rejected ask again, reusing their membership', async () => {
    const admin = await signUp(target.current);
    const group = await createGroup(admin, { privacy: 'private' });
    const user = await signUp(target.current);
    const first = await user.client.groups.join({ params: { id: group.id }, body: { message: 'one' } });
    const { id } = bodyOf(first, 200, 'the first join request').membership;
    await admin.client.memberships.reject({ params: { id } });
    const second = await user.client.groups.join({ params: { id: group.id }, body: { message: 'two' } });
    expect(second.body).toMatchObject({
      membership: { id, status: 'pending', message: 'two', responded_at: null },
    });
    await admin.client.memberships.accept({ params: { id } });
    await admin.client.memberships.remove({ params: { id } });
    const third = await user.client.groups.join({ params: { id: group.id }, body: {} });
    expect(third.body).toMatchObject({ membership: { id, status: 'pending' } });
    await admin.client.memberships.accept({ params: { id } });
    await user.client.groups.leave({ params: { id: group.id } });
    expect((await user.client.groups.join({ params: { id: group.id }, body: {} })).body).toMatchObject({
      membership: { id },
    });
  });
});

describe('POST /api/groups/{id}/leave/', () => {
  it('marks the membership left with left_at', async () => {
    const admin = await signUp(target.current);
    const group = await createGroup(admin);
    const member = await addActiveMember(target.current, admin, group);
    expect((await member.client.groups.leave({ params: { id: group.id } })).body).toEqual({
      message: 'You have left the group.',
    });
    const membership = await membershipOf(admin, group.id, member.user.id);
    expect(membership).toMatchObject({ status: 'left', left_at: target.current.clock.now().toISOString() });
  });

  it('refuses the last admin, and lets an admin leave once another admin exists', async () => {
    const admin = await signUp(target.current);
    const group = await createGroup(admin);
    const member = await addActiveMember(target.current, admin, group);
    const refused = await admin.client.groups.leave({ params: { id: group.id } });
    expect(statusAndBody(refused)).toEqual({
      status: 400,
      body: { detail: 'You are the last admin of this group; make someone else admin first.' },
    });
    const membership = await membershipOf(admin, group.id, member.user.id);
    await admin.client.memberships.changeRole({ params: { id: membership.id }, body: { role: 'admin' } });
    expect((await admin.client.groups.leave({ params: { id: group.id } })).status).toBe(200);
  });

  it(`never leaves a group without an admin when its admins all leave at once ${raceSetting()}`, async () => {
    const admin = await signUp(target.current);
    const group = await createGroup(admin);
    const others = await Promise.all([1, 2, 3].map(() => addActiveMember(target.current, admin, group)));
    for (const other of others) {
      const membership = await membershipOf(admin, group.id, other.user.id);
      await admin.client.memberships.changeRole({ params: { id: membership.id }, body: { role: 'admin' } });
    }
    const leaves = await Promise.all(
      [admin, ...others].map((user) => user.client.groups.leave({ params: { id: group.id } })),
    );
    expect(leaves.filter((response) => response.status === 200)).toHaveLength(3);
    expect(leaves.filter((response) => response.status === 400)).toHaveLength(1);
  });

  it('refuses someone who is not a member', async () => {
    const admin = await signUp(target.current);
    const group = await createGroup(admin);
    const outsider = await signUp(target.current);
    expect(statusAndBody(await outsider.client.groups.leave({ params: { id: group.id } }))).toEqual({
      status: 400,
      body: { detail: 'You are not a member of this group.' },
    });
  });
});

describe('POST /api/groups/{id}/invite/', () => {
  it('lets a moderator invite, and refuses a plain member with 403', async () => {
    const admin = await signUp(target.current);
    const group = await createGroup(admin);
    const moderator = await addActiveMember(target.current, admin, group);
    const member = await addActiveMember(target.current, admin, group);
    const membership = await membershipOf(admin, group.id, moderator.user.id);
    await admin.client.memberships.changeRole({ params: { id: membership.id }, body: { role: 'moderator' } });
    const guest = await signUp(target.current);
    expect(
      (await member.client.groups.invite({ params: { id: group.id }, body: { user_id: guest.user.id } }))
        .status,
    ).toBe(403);
    const invited = await moderator.client.groups.invite({
      params: { id: group.id },
      body: { user_id: guest.user.id },
    });
    expect(invited.body).toMatchObject({ status: 'invited', invited_by: { id: moderator.user.id } });
  });

  it('refuses an unknown user, a member and a second invitation', async () => {
    const admin = await signUp(target.current);
    const group = await createGroup(admin);
    const member = await addActiveMember(target.current, admin, group);
    const invite = (user_id: number) =>
      admin.client.groups.invite({ params: { id: group.id }, body: { user_id } });
    expect(statusAndBody(await invite(987_654))).toEqual({
      status: 400,
      body: { user_id: ['Invalid pk "987654" - object does not exist.'] },
    });
    expect(statusAndBody(await invite(member.user.id))).toEqual({
      status: 400,
      body: { detail: 'This user is already a member of this group.' },
    });
    const guest = await signUp(target.current);
    expect((await invite(guest.user.id)).status).toBe(200);
    expect(statusAndBody(await invite(guest.user.id))).toEqual({
      status: 400,
      body: { detail: 'This user has already been invited.' },
    });
  });
});

describe('/api/groups/memberships/{id}/', () => {
  it('shows a membership with its group', async () => {
    const admin = await signUp(target.current);
    const group = await createGroup(admin);
    const member = await addActiveMember(target.current, admin, group);
    const membership = await membershipOf(admin, group.id, member.user.id);
    const response = await member.client.memberships.get({ params: { id: membership.id } });
    expect(response.body).toMatchObject({
      id: membership.id,
      role: 'member',
      group: { id: group.id, name: group.name },
    });
  });

  it('changes the role of an active member', async () => {
    const admin = await signUp(target.current);
    const group = await createGroup(admin);
    const member = await addActiveMember(target.current, admin, group);
    const membership = await membershipOf(admin, group.id, member.user.id);
    const promoted = await admin.client.memberships.changeRole({
      params: { id: membership.id },
      body: { role: 'moderator' },
    });
    expect(promoted.status).toBe(200);
    expect(promoted.body).toMatchObject({ id: membership.id, role: 'moderator' });
    expect(await membershipOf(admin, group.id, member.user.id)).toMatchObject({ role: 'moderator' });
  });

  it.each(['moderator', 'member'] as const)(
    'refuses with 400 to demote the last admin to %s, and keeps them admin',
    async (role) => {
      const admin = await signUp(target.current);
      const group = await createGroup(admin);
      await addActiveMember(target.current, admin, group);
      const own = await membershipOf(admin, group.id, admin.user.id);
      const demote = await admin.client.memberships.changeRole({ params: { id: own.id }, body: { role } });
      expect(statusAndBody(demote)).toEqual({
        status: 400,
        body: { detail: 'The last admin of a group cannot be demoted.' },
      });
      expect(await membershipOf(admin, group.id, admin.user.id)).toMatchObject({ role: 'admin' });
    },
  );

  it.each(['moderator', 'member'] as const)(
    'lets an admin be demoted to %s once another admin exists',
    async (role) => {
      const admin = await signUp(target.current);
      const group = await createGroup(admin);
      const other = await addActiveMember(target.current, admin, group);
      const otherMembership = await membershipOf(admin, group.id, other.user.id);
      await admin.client.memberships.changeRole({
        params: { id: otherMembership.id },
        body: { role: 'admin' },
      });
      const own = await membershipOf(admin, group.id, admin.user.id);
      const demote = await admin.client.memberships.changeRole({ params: { id: own.id }, body: { role } });
      expect(demote.status).toBe(200);
      expect(demote.body).toMatchObject({ role });
    },
  );

  it('removes a member but never the last admin', async () => {
    const admin = await signUp(target.current);
    const group = await createGroup(admin);
    const member = await addActiveMember(target.current, admin, group);
    const membership = await membershipOf(admin, group.id, member.user.id);
    expect(statusAndBody(await admin.client.memberships.remove({ params: { id: membership.id } }))).toEqual({
      status: 200,
      body: { message: 'Member removed from group.' },
    });
    expect((await member.client.groupMessages.list({ params: { groupId: group.id } })).status).toBe(403);
    const own = await membershipOf(admin, group.id, admin.user.id);
    expect(statusAndBody(await admin.client.memberships.remove({ params: { id: own.id } }))).toEqual({
      status: 400,
      body: { detail: 'The last admin of a group cannot be removed.' },
    });
  });

  it('accepts a request within capacity only', async () => {
    const admin = await signUp(target.current);
    const group = await createGroup(admin, { privacy: 'private', max_members: 2 });
    const [first, second] = await Promise.all([signUp(target.current), signUp(target.current)]);
    const requestOf = async (user: typeof first) =>
      bodyOf(await user.client.groups.join({ params: { id: group.id }, body: {} }), 200, 'a join request')
        .membership.id;
    const [firstRequest, secondRequest] = [await requestOf(first), await requestOf(second)];
    const accepted = await admin.client.memberships.accept({ params: { id: firstRequest } });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'active', responded_by: { id: admin.user.id } });
    const full = await admin.client.memberships.accept({ params: { id: secondRequest } });
    expect(statusAndBody(full)).toEqual({ status: 400, body: { detail: 'This group is full.' } });
    const again = await admin.client.memberships.accept({ params: { id: firstRequest } });
    expect(statusAndBody(again)).toEqual({
      status: 400,
      body: { detail: 'This join request has already been handled.' },
    });
  });
});

type Standing = 'pending' | 'invited' | 'rejected' | 'left' | 'removed';

/**
 * A private group with an admin, an active member, someone else's pending request, and `user` in
 * the given standing: none of these is an active member, so each sees what an outsider sees.
 */
async function privateGroupWith(standing: Standing) {
  const admin = await signUp(target.current);
  const group = await createGroup(admin, { privacy: 'private' });
  const member = await addActiveMember(target.current, admin, group);
  const [user, other] = [await signUp(target.current), await signUp(target.current)];
  const otherRequest = bodyOf(
    await other.client.groups.join({ params: { id: group.id }, body: { message: 'me too' } }),
    200,
    "the other user's join request",
  ).membership;
  if (standing === 'invited') {
    bodyOf(
      await admin.client.groups.invite({ params: { id: group.id }, body: { user_id: user.user.id } }),
      200,
      'the invitation',
    );
  } else {
    const { id } = bodyOf(
      await user.client.groups.join({ params: { id: group.id }, body: {} }),
      200,
      'the join request',
    ).membership;
    if (standing === 'rejected') bodyOf(await admin.client.memberships.reject({ params: { id } }), 200);
    if (standing === 'left' || standing === 'removed')
      bodyOf(await admin.client.memberships.accept({ params: { id } }), 200, 'the accept');
    if (standing === 'left') bodyOf(await user.client.groups.leave({ params: { id: group.id } }), 200);
    if (standing === 'removed') bodyOf(await admin.client.memberships.remove({ params: { id } }), 200);
  }
  const own = await membershipOf(admin, group.id, user.user.id);
  expect(own.status).toBe(standing);
  return { admin, group, member, user, otherRequest };
}

const STANDINGS: Standing[] = ['pending', 'invited', 'rejected', 'left', 'removed'];

describe('GET /api/groups/{id}/members/', () => {
  it('shows non-members active memberships only, and members every status, 12 a page', async () => {
    const admin = await signUp(target.current);
    const group = await createGroup(admin, { privacy: 'private' });
    const requester = await signUp(target.current);
    await requester.client.groups.join({ params: { id: group.id }, body: {} });
    const outsider = await signUp(target.current);
    const seenByOutsider = await outsider.client.groups.members({ params: { id: group.id } });
    expect(seenByOutsider.status === 200 && seenByOutsider.body.results.map((row) => row.status)).toEqual([
      'active',
    ]);
    const seenByAdmin = await admin.client.groups.members({ params: { id: group.id } });
    expect(seenByAdmin.status === 200 && seenByAdmin.body.results.map((row) => row.status)).toEqual([
      'active',
      'pending',
    ]);
  });

  it.each(STANDINGS)('shows a %s user active memberships only, as a non-member', async (standing) => {
    const { admin, group, member, user } = await privateGroupWith(standing);
    const seen = bodyOf(await user.client.groups.members({ params: { id: group.id } }), 200);
    expect(seen.results.map((row) => [row.user.id, row.status])).toEqual([
      [admin.user.id, 'active'],
      [member.user.id, 'active'],
    ]);
    expect(seen.count).toBe(2);
  });
});

describe('GET /api/groups/memberships/{id}/ for someone who is not an active member', () => {
  it.each(STANDINGS)("answers a %s user 404 for someone else's join request", async (standing) => {
    const { user, otherRequest } = await privateGroupWith(standing);
    const response = await user.client.memberships.get({ params: { id: otherRequest.id } });
    expect(statusAndBody(response)).toEqual({ status: 404, body: { detail: 'Not found.' } });
  });

  it.each(STANDINGS)('shows a %s user an active membership and their own', async (standing) => {
    const { admin, group, member, user } = await privateGroupWith(standing);
    const active = await membershipOf(admin, group.id, member.user.id);
    const own = await membershipOf(admin, group.id, user.user.id);
    expect(bodyOf(await user.client.memberships.get({ params: { id: active.id } }), 200)).toMatchObject({
      id: active.id,
    });
    expect(bodyOf(await user.client.memberships.get({ params: { id: own.id } }), 200)).toMatchObject({
      id: own.id,
      status: standing,
    });
  });
});

describe('GET /api/groups/{id}/join_requests/ for someone who is not an active admin', () => {
  it.each(STANDINGS)('refuses a %s user with 403', async (standing) => {
    const { group, user } = await privateGroupWith(standing);
    const response = await user.client.groups.joinRequests({ params: { id: group.id } });
    expect(statusAndBody(response)).toEqual({
      status: 403,
      body: { detail: 'Only an admin of this group can do this.' },
    });
  });
});
