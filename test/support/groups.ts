import {
  ChatSocketPaths,
  type GroupCreateRequest,
  type GroupDetail,
  type Membership,
} from '../../contract/index.js';
import type { Target } from '../targets/index.js';
import { signUp, type SignedInUser } from './factories.js';

/** Creates a group through the API as `admin`. */
export async function createGroup(
  admin: SignedInUser,
  overrides: Partial<GroupCreateRequest> = {},
): Promise<GroupDetail> {
  const response = await admin.client.groups.create({
    body: { name: 'Algorithms & Data Structures', description: 'Weekly problem solving', ...overrides },
  });
  if (response.status !== 201)
    throw new Error(`create group failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** A new user who joined (public), or was invited and accepted (invite-only), or was accepted (private). */
export async function addActiveMember(
  target: Target,
  admin: SignedInUser,
  group: GroupDetail,
): Promise<SignedInUser> {
  const member = await signUp(target);
  if (group.privacy === 'invite_only') {
    await admin.client.groups.invite({ params: { id: group.id }, body: { user_id: member.user.id } });
  }
  const joined = await member.client.groups.join({ params: { id: group.id }, body: {} });
  if (joined.status !== 200) throw new Error(`join failed: ${JSON.stringify(joined.body)}`);
  if (joined.body.membership.status === 'pending') {
    await admin.client.memberships.accept({ params: { id: joined.body.membership.id } });
  }
  return member;
}

/** The membership of `user` in `group`, as its admin sees it. */
export async function membershipOf(
  admin: SignedInUser,
  groupId: number,
  userId: number,
): Promise<Membership> {
  const page = await admin.client.groups.members({ params: { id: groupId }, query: { page_size: 100 } });
  const found = page.status === 200 ? page.body.results.find((row) => row.user.id === userId) : undefined;
  if (!found) throw new Error(`No membership of user ${userId} in group ${groupId}`);
  return found;
}

/**
 * A public group with its admin and one active member, a `send` that posts a message as the admin
 * over REST and answers its id, and the room's socket path.
 */
export async function groupChatRoom(target: Target) {
  const admin = await signUp(target);
  const group = await createGroup(admin);
  const member = await addActiveMember(target, admin, group);
  const send = async (content: string) => {
    const sent = await admin.client.groupMessages.send({ params: { groupId: group.id }, body: { content } });
    if (sent.status !== 201) throw new Error(`send failed: ${JSON.stringify(sent.body)}`);
    return sent.body.id;
  };
  return { admin, member, group, send, path: ChatSocketPaths.group(group.id) };
}
