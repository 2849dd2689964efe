import type { Contract } from '@studymate/contract';
import type { UseCaseTree } from '../../context.js';
import { cancelSession } from './cancel-session.js';
import { checkInSession } from './check-in-session.js';
import { checkOutSession } from './check-out-session.js';
import { completeSession } from './complete-session.js';
import { createSession } from './create-session.js';
import { deleteSession } from './delete-session.js';
import { getSession } from './get-session.js';
import { joinSession } from './join-session.js';
import { leaveSession } from './leave-session.js';
import { listMonthlySessions } from './list-monthly-sessions.js';
import { listCreatedSessions, listJoinedSessions, listMySessions } from './list-my-sessions.js';
import { listNearbySessions } from './list-nearby-sessions.js';
import { listSessionParticipants } from './list-session-participants.js';
import { listSessions } from './list-sessions.js';
import { startSession } from './start-session.js';
import { replaceSession, updateSession } from './update-session.js';

/** The sessions area: one use case per route of `contract.sessions`, key for key. */
export const sessionsUseCases: UseCaseTree<Contract['sessions']> = {
  list: listSessions,
  create: createSession,
  get: getSession,
  replace: replaceSession,
  update: updateSession,
  delete: deleteSession,
  join: joinSession,
  leave: leaveSession,
  checkIn: checkInSession,
  checkOut: checkOutSession,
  start: startSession,
  complete: completeSession,
  cancel: cancelSession,
  participants: listSessionParticipants,
  mySessions: listMySessions,
  createdSessions: listCreatedSessions,
  joinedSessions: listJoinedSessions,
  monthlySessions: listMonthlySessions,
  nearby: listNearbySessions,
};
