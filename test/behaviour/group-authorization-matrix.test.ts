import { describe, expect, it } from 'vitest';
import { signUp, type SignedInUser } from '../support/factories.js';
import { createGroup, membershipOf } from '../support/groups.js';
import { useTarget, type Target } from '../targets/index.js';

const target = useTarget();

type Actor = 'outsider' | 'invited' | 'pending' | 'member' | 'moderator' | 'admin';
const ACTORS: Actor[] = ['outsider', 'invited', 'pending', 'member', 'moderator', 'admin'];

/** A private group with one user in each standing, plus a member and a requester to act upon. */
async function groupWorld(world: Target) {
  const admin = await signUp(world);
  const group = await createGroup(admin, { privacy: 'private' });
  const [moderator, member, pending, invited, outsider, subject, requester, newcomer] = await Promise.all(
    Array.from({ length: 8 }, () => signUp(world)),
  );
  const users = { moderator, member, pending, invited, outsider, subject, requester, newcomer } as Record<
    string,
    SignedInUser
  >;
  const activate = async (user: SignedInUser) => {
    const joined = await user.client.groups.join({ params: { id: group.id }, body: {} });
    if (joined.status === 200)
      await admin.client.memberships.accept({ params: { id: joined.body.membership.id } });
  };
  await activate(users['moderator']!);
  await activate(users['member']!);
  await activate(users['subject']!);
  const moderatorMembership = await membershipOf(admin, group.id, users['moderator']!.user.id);
  await admin.client.memberships.changeRole({
    params: { id: moderatorMembership.id },
    body: { role: 'moderator' },
  });
  await users['pending']!.client.groups.join({ params: { id: group.id }, body: {} });
  await users['requester']!.client.groups.join({ params: { id: group.id }, body: {} });
  await admin.client.groups.invite({
    params: { id: group.id },
    body: { user_id: users['invited']!.user.id },
  });
  const subjectMembership = await membershipOf(admin, group.id, users['subject']!.user.id);
  const requestMembership = await membershipOf(admin, group.id, users['requester']!.user.id);
  const actors: Record<Actor, SignedInUser> = {
    admin,
    moderator: users['moderator']!,
    member: users['member']!,
    pending: users['pending']!,
    invited: users['invited']!,
    outsider: users['outsider']!,
  };
  return {
    group,
    actors,
    subjectId: subjectMembership.id,
    requestId: requestMembership.id,
    newcomer: users['newcomer']!,
  };
}

type World = Awaited<ReturnType<typeof groupWorld>>;
type Action = (caller: SignedInUser, world: World) => Promise<{ status: number }>;

const actions: Record<string, Action> = {
  'GET group': (caller, { group }) => caller.client.groups.get({ params: { id: group.id } }),
  'GET members': (caller, { group }) => caller.client.groups.members({ params: { id: group.id } }),
  'PATCH group': (caller, { group }) =>
    caller.client.groups.update({ params: { id: group.id }, body: { name: 'Renamed' } }),
  'DELETE group': (caller, { group }) => caller.client.groups.archive({ params: { id: group.id } }),
  'POST join': (caller, { group }) => caller.client.groups.join({ params: { id: group.id }, body: {} }),
  'POST leave': (caller, { group }) => caller.client.groups.leave({ params: { id: group.id } }),
  'POST invite': (caller, { group, newcomer }) =>
    caller.client.groups.invite({ params: { id: group.id }, body: { user_id: newcomer.user.id } }),
  'GET join_requests': (caller, { group }) => caller.client.groups.joinRequests({ params: { id: group.id } }),
  'POST respond': (caller, { group, requestId }) =>
    caller.client.groups.respondToJoinRequest({
      params: { id: group.id, membershipId: requestId },
      body: { action: 'accept' },
    }),
  'GET membership': (caller, { subjectId }) => caller.client.memberships.get({ params: { id: subjectId } }),
  'PATCH role': (caller, { subjectId }) =>
    caller.client.memberships.changeRole({ params: { id: subjectId }, body: { role: 'moderator' } }),
  'POST accept': (caller, { requestId }) => caller.client.memberships.accept({ params: { id: requestId } }),
  'POST reject': (caller, { requestId }) => caller.client.memberships.reject({ params: { id: requestId } }),
  'POST remove': (caller, { subjectId }) => caller.client.memberships.remove({ params: { id: subjectId } }),
  'GET messages': (caller, { group }) => caller.client.groupMessages.list({ params: { groupId: group.id } }),
  'POST message': (caller, { group }) =>
    caller.client.groupMessages.send({ params: { groupId: group.id }, body: { content: 'Hello' } }),
  'POST mark_read': (caller, { group }) =>
    caller.client.groupMessages.markRead({ params: { groupId: group.id }, body: {} }),
};

/** Expected status per actor: outsider, invited, pending, member, moderator, admin. */
const expected: Record<keyof typeof actions, [number, number, number, number, number, number]> = {
  'GET group': [200, 200, 200, 200, 200, 200],
  'GET members': [200, 200, 200, 200, 200, 200],
  'PATCH group': [403, 403, 403, 403, 403, 200],
  'DELETE group': [403, 403, 403, 403, 403, 200],
  'POST join': [200, 200, 400, 400, 400, 400],
  'POST leave': [400, 200, 200, 200, 200, 400],
  'POST invite': [403, 403, 403, 403, 200, 200],
  'GET join_requests': [403, 403, 403, 403, 403, 200],
  'POST respond': [403, 403, 403, 403, 403, 200],
  'GET membership': [200, 200, 200, 200, 200, 200],
  'PATCH role': [403, 403, 403, 403, 403, 200],
  // A pending request is visible only to active members, so non-members get 404 (no existence leak).
  'POST accept': [404, 404, 404, 403, 403, 200],
  'POST reject': [404, 404, 404, 403, 403, 200],
  'POST remove': [403, 403, 403, 403, 403, 200],
  'GET messages': [403, 403, 403, 200, 200, 200],
  'POST message': [403, 403, 403, 201, 201, 201],
  'POST mark_read': [403, 403, 403, 200, 200, 200],
};

describe('the group authorization matrix (private group)', () => {
  it.each(Object.keys(actions))('%s answers each standing as the role matrix says', async (name) => {
    const action = actions[name]!;
    const statuses: number[] = [];
    for (const actor of ACTORS) {
      const world = await groupWorld(target.current);
      statuses.push((await action(world.actors[actor], world)).status);
    }
    expect(Object.fromEntries(ACTORS.map((actor, index) => [actor, statuses[index]]))).toEqual(
      Object.fromEntries(ACTORS.map((actor, index) => [actor, expected[name]![index]])),
    );
  });
});

describe('an invite-only group for an outsider', () => {
  it('answers 404 to every group and membership action', async () => {
    const admin = await signUp(target.current);
    const group = await createGroup(admin, { privacy: 'invite_only' });
    const member = await signUp(target.current);
    await admin.client.groups.invite({ params: { id: group.id }, body: { user_id: member.user.id } });
    await member.client.groups.join({ params: { id: group.id }, body: {} });
    const membership = await membershipOf(admin, group.id, member.user.id);
    const outsider = await signUp(target.current);
    const world = {
      group,
      actors: {} as World['actors'],
      subjectId: membership.id,
      requestId: membership.id,
      newcomer: outsider,
    };
    const statuses = await Promise.all(Object.values(actions).map((action) => action(outsider, world)));
    expect(statuses.map((response) => response.status)).toEqual(Object.keys(actions).map(() => 404));
  });
});
