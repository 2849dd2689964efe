import type { AppRoute, AppRouter } from '@ts-rest/core';
import type { Contract } from '../../contract/index.js';
import { changePassword } from './auth/change-password.js';
import { getProfile } from './auth/get-profile.js';
import { loginUser } from './auth/login-user.js';
import { logoutUser } from './auth/logout-user.js';
import { refreshToken } from './auth/refresh-token.js';
import { registerUser } from './auth/register-user.js';
import { replaceProfile, updateProfile } from './auth/update-profile.js';
import type { UseCase } from './context.js';
import { getCurrentLocation } from './location/get-current-location.js';
import { getLocationHistoryEntry } from './location/get-location-history-entry.js';
import { getLocationStats } from './location/get-location-stats.js';
import { listLocationHistory } from './location/list-location-history.js';
import { updateLocation } from './location/update-location.js';
import { getDashboardStatistics } from './dashboard/get-dashboard-statistics.js';
import { cancelSession } from './sessions/cancel-session.js';
import { checkInSession } from './sessions/check-in-session.js';
import { checkOutSession } from './sessions/check-out-session.js';
import { completeSession } from './sessions/complete-session.js';
import { createSession } from './sessions/create-session.js';
import { deleteSession } from './sessions/delete-session.js';
import { getSession } from './sessions/get-session.js';
import { joinSession } from './sessions/join-session.js';
import { leaveSession } from './sessions/leave-session.js';
import { listCreatedSessions, listJoinedSessions, listMySessions } from './sessions/list-my-sessions.js';
import { listMonthlySessions } from './sessions/list-monthly-sessions.js';
import { listNearbySessions } from './sessions/list-nearby-sessions.js';
import { listSessionParticipants } from './sessions/list-session-participants.js';
import { listSessions } from './sessions/list-sessions.js';
import { startSession } from './sessions/start-session.js';
import { replaceSession, updateSession } from './sessions/update-session.js';
import { getUserStatus } from './users/get-user-status.js';

/** One use case per contract route, mirrored key for key; a route without one fails the type check. */
export type UseCaseTree<Router extends AppRouter> = {
  [Key in keyof Router]: Router[Key] extends AppRoute
    ? UseCase<Router[Key]>
    : Router[Key] extends AppRouter
      ? UseCaseTree<Router[Key]>
      : never;
};

/** The whole API's behaviour: the server and the mocks both dispatch to this table. */
export const useCases: UseCaseTree<Contract> = {
  auth: {
    register: registerUser,
    login: loginUser,
    logout: logoutUser,
    refreshToken,
    changePassword,
    getProfile,
    replaceProfile,
    updateProfile,
  },
  location: {
    update: updateLocation,
    getCurrent: getCurrentLocation,
    listHistory: listLocationHistory,
    getHistoryEntry: getLocationHistoryEntry,
    getStats: getLocationStats,
  },
  users: {
    getStatus: getUserStatus,
  },
  sessions: {
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
  },
  dashboard: {
    statistics: getDashboardStatistics,
  },
};
