import type { AppRoute, AppRouter } from '@ts-rest/core';
import type { Contract } from '@studymate/contract';
import { changePassword } from './auth/change-password.js';
import { getProfile } from './auth/get-profile.js';
import { loginUser } from './auth/login-user.js';
import { logoutUser } from './auth/logout-user.js';
import { refreshToken } from './auth/refresh-token.js';
import { registerUser } from './auth/register-user.js';
import { replaceProfile, updateProfile } from './auth/update-profile.js';
import type { UseCase } from '../context.js';
import { getCurrentLocation } from './location/get-current-location.js';
import { getLocationHistoryEntry } from './location/get-location-history-entry.js';
import { getLocationStats } from './location/get-location-stats.js';
import { listLocationHistory } from './location/list-location-history.js';
import { updateLocation } from './location/update-location.js';
import { conversationByConnection } from './chat/conversation-by-connection.js';
import { getConversation } from './chat/get-conversation.js';
import { listChatMessages } from './chat/list-chat-messages.js';
import { listConversations } from './chat/list-conversations.js';
import { markConversationRead } from './chat/mark-conversation-read.js';
import { readChatMessage } from './chat/read-chat-message.js';
import { sendChatMessage } from './chat/send-chat-message.js';
import { startConversation } from './chat/start-conversation.js';
import { getConnection } from './connections/get-connection.js';
import { getConnectionStatistics } from './connections/get-connection-statistics.js';
import { getConnectionStatus } from './connections/get-connection-status.js';
import { listConnections } from './connections/list-connections.js';
import { listNearbyLearners } from './discover/list-nearby-learners.js';
import {
  acceptConnectionRequest,
  blockConnectionRequest,
  rejectConnectionRequest,
} from './matching/answer-connection-request.js';
import { cancelConnectionRequest } from './matching/cancel-connection-request.js';
import { getConnectionRequest } from './matching/get-connection-request.js';
import {
  listConnectionRequests,
  listReceivedRequests,
  listSentRequests,
} from './matching/list-connection-requests.js';
import { listPendingRequests } from './matching/list-pending-requests.js';
import { sendConnectionRequest } from './matching/send-connection-request.js';
import { getDashboardStatistics } from './dashboard/get-dashboard-statistics.js';
import { acceptMembership } from './memberships/accept-membership.js';
import { changeMembershipRole } from './memberships/change-membership-role.js';
import { getMembership } from './memberships/get-membership.js';
import { rejectMembership } from './memberships/reject-membership.js';
import { removeMembership } from './memberships/remove-membership.js';
import { listGroupMessages } from './group-messages/list-group-messages.js';
import { markGroupMessagesRead } from './group-messages/mark-group-messages-read.js';
import { sendGroupMessage } from './group-messages/send-group-message.js';
import { archiveGroup } from './groups/archive-group.js';
import { createGroup } from './groups/create-group.js';
import { getGroup } from './groups/get-group.js';
import { inviteToGroup } from './groups/invite-to-group.js';
import { joinGroup } from './groups/join-group.js';
import { leaveGroup } from './groups/leave-group.js';
import { listGroupMembers } from './groups/list-group-members.js';
import { listGroups } from './groups/list-groups.js';
import { listJoinRequests } from './groups/list-join-requests.js';
import { listMyGroups } from './groups/list-my-groups.js';
import { listMyJoinRequests } from './groups/list-my-join-requests.js';
import { listNearbyGroups } from './groups/list-nearby-groups.js';
import { respondToJoinRequest } from './groups/respond-to-join-request.js';
import { replaceGroup, updateGroup } from './groups/update-group.js';

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
import { createCity } from './cities/create-city.js';
import { deleteCity } from './cities/delete-city.js';
import { getCity } from './cities/get-city.js';
import { listCities } from './cities/list-cities.js';
import { searchCitiesByLocation } from './cities/search-cities-by-location.js';
import { replaceCity, updateCity } from './cities/update-city.js';
import { createGoal } from './goals/create-goal.js';
import { deleteGoal } from './goals/delete-goal.js';
import { getGoal } from './goals/get-goal.js';
import { listGoals } from './goals/list-goals.js';
import { replaceGoal, updateGoal } from './goals/update-goal.js';
import { createSchool } from './schools/create-school.js';
import { deleteSchool } from './schools/delete-school.js';
import { getSchool } from './schools/get-school.js';
import { listSchools } from './schools/list-schools.js';
import { searchSchoolsByCity } from './schools/search-schools-by-city.js';
import { searchSchoolsByLocation } from './schools/search-schools-by-location.js';
import { replaceSchool, updateSchool } from './schools/update-school.js';
import { createSubject } from './subjects/create-subject.js';
import { deleteSubject } from './subjects/delete-subject.js';
import { getSubject } from './subjects/get-subject.js';
import { listSubjects } from './subjects/list-subjects.js';
import { replaceSubject, updateSubject } from './subjects/update-subject.js';
import { createUserGoal } from './user-goals/create-user-goal.js';
import { deleteUserGoal } from './user-goals/delete-user-goal.js';
import { getUserGoal } from './user-goals/get-user-goal.js';
import { listUserGoals } from './user-goals/list-user-goals.js';
import { replaceUserGoal, updateUserGoal } from './user-goals/update-user-goal.js';
import { createUserSubject } from './user-subjects/create-user-subject.js';
import { deleteUserSubject } from './user-subjects/delete-user-subject.js';
import { getUserSubject } from './user-subjects/get-user-subject.js';
import { listUserSubjects } from './user-subjects/list-user-subjects.js';
import { replaceUserSubject, updateUserSubject } from './user-subjects/update-user-subject.js';

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
  groups: {
    list: listGroups,
    create: createGroup,
    get: getGroup,
    replace: replaceGroup,
    update: updateGroup,
    archive: archiveGroup,
    join: joinGroup,
    leave: leaveGroup,
    invite: inviteToGroup,
    members: listGroupMembers,
    myGroups: listMyGroups,
    nearby: listNearbyGroups,
    joinRequests: listJoinRequests,
    respondToJoinRequest,
    myJoinRequests: listMyJoinRequests,
  },
  memberships: {
    get: getMembership,
    changeRole: changeMembershipRole,
    accept: acceptMembership,
    reject: rejectMembership,
    remove: removeMembership,
  },
  groupMessages: {
    list: listGroupMessages,
    send: sendGroupMessage,
    markRead: markGroupMessagesRead,
  },
  matching: {
    sendRequest: sendConnectionRequest,
    listRequests: listConnectionRequests,
    sentRequests: listSentRequests,
    receivedRequests: listReceivedRequests,
    pendingRequests: listPendingRequests,
    getRequest: getConnectionRequest,
    cancelRequest: cancelConnectionRequest,
    acceptRequest: acceptConnectionRequest,
    rejectRequest: rejectConnectionRequest,
    blockRequest: blockConnectionRequest,
  },
  connections: {
    list: listConnections,
    statistics: getConnectionStatistics,
    status: getConnectionStatus,
    get: getConnection,
  },
  chat: {
    listConversations,
    conversationByConnection,
    startConversation,
    getConversation,
    listMessages: listChatMessages,
    markRead: markConversationRead,
    sendMessage: sendChatMessage,
    readMessage: readChatMessage,
  },
  discover: {
    nearbyLearners: listNearbyLearners,
  },
  schools: {
    list: listSchools,
    create: createSchool,
    get: getSchool,
    replace: replaceSchool,
    update: updateSchool,
    delete: deleteSchool,
    searchLocation: searchSchoolsByLocation,
    searchCity: searchSchoolsByCity,
  },
  cities: {
    list: listCities,
    create: createCity,
    get: getCity,
    replace: replaceCity,
    update: updateCity,
    delete: deleteCity,
    searchLocation: searchCitiesByLocation,
  },
  subjects: {
    list: listSubjects,
    create: createSubject,
    get: getSubject,
    replace: replaceSubject,
    update: updateSubject,
    delete: deleteSubject,
  },
  userSubjects: {
    list: listUserSubjects,
    create: createUserSubject,
    get: getUserSubject,
    replace: replaceUserSubject,
    update: updateUserSubject,
    delete: deleteUserSubject,
  },
  goals: {
    list: listGoals,
    create: createGoal,
    get: getGoal,
    replace: replaceGoal,
    update: updateGoal,
    delete: deleteGoal,
  },
  userGoals: {
    list: listUserGoals,
    create: createUserGoal,
    get: getUserGoal,
    replace: replaceUserGoal,
    update: updateUserGoal,
    delete: deleteUserGoal,
  },
};
