import type { ConnectionRequest, ConnectionRequestListItem, UserBrief } from '@studymate/contract';
import type { ConnectionRequestRecord, Store, UserRecord } from '../../ports/store/store.js';
import { presentUserSummary } from '../people/present-user.js';

export type UsersById = Map<number, UserRecord>;

/** Both sides of many requests, in one read. */
export function loadRequestUsers(requests: ConnectionRequestRecord[], store: Store): Promise<UsersById> {
  return store.users.findByIds([...new Set(requests.flatMap((row) => [row.senderId, row.receiverId]))]);
}

function userOf(users: UsersById, id: number): UserRecord {
  const user = users.get(id);
  if (!user) throw new Error(`No user ${id}`);
  return user;
}

export function presentUserBrief(user: UserRecord): UserBrief {
  return { ...presentUserSummary(user), bio: user.bio };
}

export function presentRequestListItem(
  request: ConnectionRequestRecord,
  users: UsersById,
): ConnectionRequestListItem {
  const sender = userOf(users, request.senderId);
  const receiver = userOf(users, request.receiverId);
  return {
    id: request.id,
    sender_name: sender.fullName,
    sender_avatar: sender.avatarUrl,
    receiver_name: receiver.fullName,
    receiver_avatar: receiver.avatarUrl,
    state: request.state,
    message: request.message,
    created_at: request.createdAt.toISOString(),
  };
}

function presentRequest(
  request: ConnectionRequestRecord,
  context: { users: UsersById; callerId: number },
): ConnectionRequest {
  const answerable = request.receiverId === context.callerId && request.state === 'pending';
  return {
    id: request.id,
    sender: presentUserBrief(userOf(context.users, request.senderId)),
    receiver: presentUserBrief(userOf(context.users, request.receiverId)),
    state: request.state,
    message: request.message,
    created_at: request.createdAt.toISOString(),
    updated_at: request.updatedAt.toISOString(),
    accepted_at: request.acceptedAt?.toISOString() ?? null,
    rejected_at: request.rejectedAt?.toISOString() ?? null,
    can_accept: answerable,
    can_reject: answerable,
    can_message: request.state === 'accepted',
  };
}

/** One request in detail, loading its two users. */
export async function presentOneRequest(
  request: ConnectionRequestRecord,
  context: { store: Store; callerId: number },
) {
  return presentRequest(request, {
    users: await loadRequestUsers([request], context.store),
    callerId: context.callerId,
  });
}
