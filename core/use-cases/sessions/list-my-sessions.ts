import type { contract } from '@studymate/contract';
import type { SessionFilter } from '../../ports/store/store.js';
import type { CoreContext, UseCase } from '../../context.js';
import { PLAIN_LIST_LIMIT } from '../../rules/paging/plain-list-limit.js';
import { presentSessionList } from './present-session-list.js';

type Role = 'hosting' | 'attending' | 'both';

async function sessionsByRole(role: Role, context: CoreContext) {
  const now = context.clock.now();
  const me = context.user.id;
  const byRole: Record<Role, SessionFilter> = {
    hosting: { now, hostId: me },
    attending: { now, attendeeId: me },
    both: { now, involvedUserId: me },
  };
  const { rows } = await context.store.sessions.list(
    byRole[role],
    { offset: 0, limit: PLAIN_LIST_LIMIT },
    me,
  );
  return { status: 200 as const, body: presentSessionList(rows, context, now) };
}

/** Sessions the caller hosts and/or attends (`role=hosting|attending`, default both). */
export const listMySessions: UseCase<typeof contract.sessions.mySessions> = ({ query }, context) =>
  sessionsByRole(query.role ?? 'both', context);

/** 002's `created_sessions/`: the ones the caller hosts. */
export const listCreatedSessions: UseCase<typeof contract.sessions.createdSessions> = (_request, context) =>
  sessionsByRole('hosting', context);

/** 002's `joined_sessions/`: the ones the caller attends without hosting. */
export const listJoinedSessions: UseCase<typeof contract.sessions.joinedSessions> = (_request, context) =>
  sessionsByRole('attending', context);
