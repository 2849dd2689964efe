import { initContract } from '@ts-rest/core';
import { authRoutes } from './routes/auth.js';
import { chatRoutes } from './routes/chat.js';
import { connectionsRoutes } from './routes/connections.js';
import { dashboardRoutes } from './routes/dashboard.js';
import { discoverRoutes } from './routes/discover.js';
import { citiesRoutes } from './routes/cities.js';
import { goalsRoutes } from './routes/goals.js';
import { groupMessagesRoutes } from './routes/group-messages.js';
import { groupsRoutes } from './routes/groups.js';
import { locationRoutes } from './routes/location.js';
import { matchingRoutes } from './routes/matching.js';
import { membershipsRoutes } from './routes/memberships.js';
import { schoolsRoutes } from './routes/schools.js';
import { sessionsRoutes } from './routes/sessions.js';
import { subjectsRoutes } from './routes/subjects.js';
import { userGoalsRoutes } from './routes/user-goals.js';
import { userSubjectsRoutes } from './routes/user-subjects.js';
import { usersRoutes } from './routes/users.js';

const c = initContract();

/**
 * The Study Mate API contract: every endpoint, its request and every declared response.
 * The SDK, the server, the mocks and the OpenAPI document are all built from it.
 */
export const contract = c.router(
  {
    auth: authRoutes,
    location: locationRoutes,
    users: usersRoutes,
    sessions: sessionsRoutes,
    dashboard: dashboardRoutes,
    groups: groupsRoutes,
    memberships: membershipsRoutes,
    groupMessages: groupMessagesRoutes,
    matching: matchingRoutes,
    connections: connectionsRoutes,
    chat: chatRoutes,
    discover: discoverRoutes,
    schools: schoolsRoutes,
    cities: citiesRoutes,
    subjects: subjectsRoutes,
    userSubjects: userSubjectsRoutes,
    goals: goalsRoutes,
    userGoals: userGoalsRoutes,
  },
  { strictStatusCodes: true },
);

/** The type of the whole contract. */
export type Contract = typeof contract;

export * from './schemas/auth.js';
export * from './schemas/chat.js';
export * from './schemas/discover.js';
export * from './schemas/matching.js';
export * from './schemas/city.js';
export * from './schemas/common.js';
export * from './schemas/errors.js';
export * from './schemas/location.js';
export * from './schemas/pagination.js';
export * from './schemas/reference-query.js';
export * from './schemas/user.js';
export * from './schemas/dashboard.js';
export * from './schemas/geo.js';
export * from './schemas/goal.js';
export * from './schemas/group.js';
export * from './schemas/group-requests.js';
export * from './schemas/message.js';
export * from './schemas/school.js';
export * from './schemas/session.js';
export * from './schemas/session-requests.js';
export * from './schemas/subject.js';
export * from './schemas/user-goal.js';
export * from './schemas/user-subject.js';
export * from './routes/areas.js';
export * from './routes/responses.js';
export * from './ws/events.js';
export * from './ws/protocol.js';
