import { describe, expect, it } from 'vitest';
import { signUp, type SignedInUser } from '../support/factories.js';
import { createGroup } from '../support/groups.js';
import { statusAndBody } from '../support/responses.js';
import { useTarget } from '../targets/index.js';

const target = useTarget();

async function requestToJoin(user: SignedInUser, groupId: number, message = '') {
  const response = await user.client.groups.join({ params: { id: groupId }, body: { message } });
  if (response.status !== 200) throw new Error(`join failed: ${JSON.stringify(response.body)}`);
  return response.body.membership.id;
}

describe('GET /api/groups/{id}/join_requests/', () => {
  it('lists pending requests by default with the requester’s name, email and avatar', async () => {
    const admin = await signUp(target.current);
    const group = await createGroup(admin, { privacy: 'private' });
    const requester = await signUp(target.current, { avatar_url: 'https://example.com/me.png' });
    const id = await requestToJoin(requester, group.id, 'Please let me in');
    const response = await admin.client.groups.joinRequests({ params: { id: group.id } });
    expect(response.status).toBe(200);
    expect(response.status === 200 && response.body.results).toEqual([
      {
        id,
        group: { id: group.id, name: group.name, privacy: 'private' },
        user: expect.objectContaining({
          id: requester.user.id,
          email: requester.email,
          full_name: requester.user.full_name,
          avatar_url: 'https://example.com/me.png',
        }) as unknown,
        message: 'Please let me in',
        status: 'pending',
        requested_at: target.current.clock.now().toISOString(),
        responded_at: null,
        responded_by: null,
      },
    ]);
  });

  it('filters by accepted, rejected and all', async () => {
    const admin = await signUp(target.current);
    const group = await createGroup(admin, { privacy: 'private' });
    const [a, b, c] = await Promise.all([
      signUp(target.current),
      signUp(target.current),
      signUp(target.current),
    ]);
    const accepted = await requestToJoin(a, group.id);
    const rejected = await requestToJoin(b, group.id);
    const pending = await requestToJoin(c, group.id);
    await admin.client.groups.respondToJoinRequest({
      params: { id: group.id, membershipId: accepted },
      body: { action: 'accept' },
    });
    await admin.client.groups.respondToJoinRequest({
      params: { id: group.id, membershipId: rejected },
      body: { action: 'reject' },
    });
    const ids = async (status?: 'pending' | 'accepted' | 'rejected' | 'all') => {
      const response = await admin.client.groups.joinRequests({
        params: { id: group.id },
        query: status ? { status } : {},
      });
      return response.status === 200 ? response.body.results.map((row) => row.id).sort() : [];
    };
    expect(await ids()).toEqual([pending]);
    expect(await ids('accepted')).toEqual([accepted]);
    expect(await ids('rejected')).toEqual([rejected]);
    expect(await ids('all')).toEqual([accepted, rejected, pending].sort());
  });

  it('keeps an accepted request accepted after the member leaves', async () => {
    const admin = await signUp(target.current);
    const group = await createGroup(admin, { privacy: 'private' });
    const user = await signUp(target.current);
    const id = await requestToJoin(user, group.id);
    await admin.client.groups.respondToJoinRequest({
      params: { id: group.id, membershipId: id },
      body: { action: 'accept' },
    });
    await user.client.groups.leave({ params: { id: group.id } });
    const response = await admin.client.groups.joinRequests({
      params: { id: group.id },
      query: { status: 'accepted' },
    });
    expect(response.status === 200 && response.body.results.map((row) => row.id)).toEqual([id]);
  });

  it('refuses non-admins with 403', async () => {
    const admin = await signUp(target.current);
    const group = await createGroup(admin, { privacy: 'private' });
    const other = await signUp(target.current);
    expect((await other.client.groups.joinRequests({ params: { id: group.id } })).status).toBe(403);
  });
});

describe('POST /api/groups/{id}/join_requests/{membership_id}/respond/', () => {
  it('accepts a request, recording who responded and when', async () => {
    const admin = await signUp(target.current);
    const group = await createGroup(admin, { privacy: 'private' });
    const user = await signUp(target.current);
    const id = await requestToJoin(user, group.id);
    const response = await admin.client.groups.respondToJoinRequest({
      params: { id: group.id, membershipId: id },
      body: { action: 'accept' },
    });
    expect(response.body).toMatchObject({
      message: 'Join request accepted.',
      membership: {
        id,
        status: 'active',
        responded_by: { id: admin.user.id },
        responded_at: target.current.clock.now().toISOString(),
      },
    });
  });

  it('refuses a request that was already handled, and an accept into a full group', async () => {
    const admin = await signUp(target.current);
    const group = await createGroup(admin, { privacy: 'private', max_members: 2 });
    const [a, b] = await Promise.all([signUp(target.current), signUp(target.current)]);
    const first = await requestToJoin(a, group.id);
    const second = await requestToJoin(b, group.id);
    const respond = (membershipId: number, action: 'accept' | 'reject') =>
      admin.client.groups.respondToJoinRequest({ params: { id: group.id, membershipId }, body: { action } });
    expect((await respond(first, 'accept')).status).toBe(200);
    expect(statusAndBody(await respond(first, 'reject'))).toEqual({
      status: 400,
      body: { detail: 'This join request has already been handled.' },
    });
    expect(statusAndBody(await respond(second, 'accept'))).toEqual({
      status: 400,
      body: { detail: 'This group is full.' },
    });
    expect((await respond(second, 'reject')).body).toMatchObject({
      message: 'Join request rejected.',
      membership: { status: 'rejected' },
    });
  });

  it('answers 404 for a request of another group, and refuses an unknown action', async () => {
    const admin = await signUp(target.current);
    const group = await createGroup(admin, { privacy: 'private' });
    const other = await createGroup(admin, { privacy: 'private' });
    const user = await signUp(target.current);
    const id = await requestToJoin(user, other.id);
    const wrongGroup = await admin.client.groups.respondToJoinRequest({
      params: { id: group.id, membershipId: id },
      body: { action: 'accept' },
    });
    expect(wrongGroup.status).toBe(404);
    const badAction = await admin.client.groups.respondToJoinRequest({
      params: { id: other.id, membershipId: id },
      body: { action: 'maybe' as never },
    });
    expect(badAction.body).toEqual({ action: ['"maybe" is not a valid choice.'] });
  });
});

describe('GET /api/groups/my_join_requests/', () => {
  it('lists the caller’s own requests, every status by default', async () => {
    const admin = await signUp(target.current);
    const [first, second] = await Promise.all([
      createGroup(admin, { privacy: 'private', name: 'first' }),
      createGroup(admin, { privacy: 'private', name: 'second' }),
    ]);
    const user = await signUp(target.current);
    const rejected = await requestToJoin(user, first.id);
    const pending = await requestToJoin(user, second.id);
    await admin.client.memberships.reject({ params: { id: rejected } });
    const all = await user.client.groups.myJoinRequests();
    expect(
      all.status === 200 && all.body.results.map((row) => [row.id, row.status, row.group.name]).sort(),
    ).toEqual(
      [
        [rejected, 'rejected', 'first'],
        [pending, 'pending', 'second'],
      ].sort(),
    );
    const onlyPending = await user.client.groups.myJoinRequests({ query: { status: 'pending' } });
    expect(onlyPending.status === 200 && onlyPending.body.results.map((row) => row.id)).toEqual([pending]);
    const stranger = await signUp(target.current);
    const none = await stranger.client.groups.myJoinRequests();
    expect(none.status === 200 && none.body.count).toBe(0);
  });
});
