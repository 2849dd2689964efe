import type { MembershipRole } from '@studymate/contract';
import type { MembershipDecision, MembershipState } from '../../ports/store/store.js';
import { ARCHIVED_REFUSAL, isArchived } from './group-rules.js';

/**
 * DESIGN §4.3 membership transitions as pure decisions over the state the store read under the
 * group's lock. A refusal is the 400 detail; the store applies a write atomically.
 */
type Decision = MembershipDecision<string>;

const isFull = ({ group, counts }: MembershipState) =>
  group.maxMembers !== null && counts.active >= group.maxMembers;
const isLastAdmin = ({ membership, counts }: MembershipState) =>
  membership?.status === 'active' && membership.role === 'admin' && counts.admins <= 1;

const FULL = 'This group is full.';
const activate = (now: Date) => ({ status: 'active' as const, joinedAt: now, leftAt: null, updatedAt: now });

/** public: in at once; private: a pending request with a message; an invitation: in at once. */
export function decideJoin(state: MembershipState, request: { message: string; now: Date }): Decision {
  const { group, membership } = state;
  const { now } = request;
  if (isArchived(group)) return { refusal: ARCHIVED_REFUSAL };
  if (membership?.status === 'active') return { refusal: 'You are already a member of this group.' };
  if (membership?.status === 'pending') return { refusal: 'You have already asked to join this group.' };
  const invited = membership?.status === 'invited';
  if (group.privacy === 'private' && !invited) {
    return {
      write: {
        role: 'member',
        status: 'pending',
        message: request.message,
        requestStatus: 'pending',
        requestedAt: now,
        respondedAt: null,
        respondedById: null,
        joinedAt: now,
        leftAt: null,
        updatedAt: now,
      },
    };
  }
  if (group.privacy === 'invite_only' && !invited)
    return { refusal: 'You need an invitation to join this group.' };
  if (isFull(state)) return { refusal: FULL };
  return { write: { ...activate(now), role: 'member' } };
}

/** Leaving, withdrawing a request or declining an invitation; the last admin stays. */
export function decideLeave(state: MembershipState, now: Date): Decision {
  const { membership } = state;
  if (!membership || !['active', 'pending', 'invited'].includes(membership.status)) {
    return { refusal: 'You are not a member of this group.' };
  }
  if (isLastAdmin(state))
    return { refusal: 'You are the last admin of this group; make someone else admin first.' };
  const withdrawn = membership.status === 'pending' ? { requestStatus: null } : {};
  return { write: { status: 'left', leftAt: now, updatedAt: now, ...withdrawn } };
}

export function decideInvite(state: MembershipState, request: { inviterId: number; now: Date }): Decision {
  const { group, membership } = state;
  if (isArchived(group)) return { refusal: ARCHIVED_REFUSAL };
  if (membership?.status === 'active') return { refusal: 'This user is already a member of this group.' };
  if (membership?.status === 'invited') return { refusal: 'This user has already been invited.' };
  if (membership?.status === 'pending') {
    return { refusal: 'This user has already asked to join; accept their request instead.' };
  }
  const { now } = request;
  return {
    write: {
      role: 'member',
      status: 'invited',
      invitedById: request.inviterId,
      joinedAt: now,
      leftAt: null,
      updatedAt: now,
    },
  };
}

/** Accepting a pending request, within capacity. */
export function decideAccept(state: MembershipState, request: { adminId: number; now: Date }): Decision {
  const { group, membership } = state;
  if (isArchived(group)) return { refusal: ARCHIVED_REFUSAL };
  if (membership?.status !== 'pending') return { refusal: 'This join request has already been handled.' };
  if (isFull(state)) return { refusal: FULL };
  const { now } = request;
  return {
    write: { ...activate(now), requestStatus: 'accepted', respondedAt: now, respondedById: request.adminId },
  };
}

export function decideReject(state: MembershipState, request: { adminId: number; now: Date }): Decision {
  const { group, membership } = state;
  if (isArchived(group)) return { refusal: ARCHIVED_REFUSAL };
  if (membership?.status !== 'pending') return { refusal: 'This join request has already been handled.' };
  const { now } = request;
  return {
    write: {
      status: 'rejected',
      requestStatus: 'rejected',
      respondedAt: now,
      respondedById: request.adminId,
      updatedAt: now,
    },
  };
}

export function decideRemove(state: MembershipState, now: Date): Decision {
  if (isArchived(state.group)) return { refusal: ARCHIVED_REFUSAL };
  if (state.membership?.status !== 'active') return { refusal: 'Only an active member can be removed.' };
  if (isLastAdmin(state)) return { refusal: 'The last admin of a group cannot be removed.' };
  return { write: { status: 'removed', leftAt: now, updatedAt: now } };
}

export function decideRoleChange(
  state: MembershipState,
  request: { role: MembershipRole; now: Date },
): Decision {
  if (isArchived(state.group)) return { refusal: ARCHIVED_REFUSAL };
  if (state.membership?.status !== 'active')
    return { refusal: 'Only an active member has a role to change.' };
  if (request.role !== 'admin' && isLastAdmin(state))
    return { refusal: 'The last admin of a group cannot be demoted.' };
  return { write: { role: request.role, updatedAt: request.now } };
}
