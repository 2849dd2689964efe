import type { Contract } from '@studymate/contract';
import type { UseCaseTree } from '../context.js';
import { authUseCases } from './auth/index.js';
import { chatUseCases } from './chat/index.js';
import { citiesUseCases } from './cities/index.js';
import { connectionsUseCases } from './connections/index.js';
import { dashboardUseCases } from './dashboard/index.js';
import { discoverUseCases } from './discover/index.js';
import { goalsUseCases } from './goals/index.js';
import { groupMessagesUseCases } from './group-messages/index.js';
import { groupsUseCases } from './groups/index.js';
import { locationUseCases } from './location/index.js';
import { matchingUseCases } from './matching/index.js';
import { membershipsUseCases } from './memberships/index.js';
import { schoolsUseCases } from './schools/index.js';
import { sessionsUseCases } from './sessions/index.js';
import { subjectsUseCases } from './subjects/index.js';
import { userGoalsUseCases } from './user-goals/index.js';
import { userSubjectsUseCases } from './user-subjects/index.js';
import { usersUseCases } from './users/index.js';

/**
 * The whole API's behaviour: the server and the mocks both dispatch to this tree. Each area
 * exports its own slice (`<area>/index.ts`), so a new route adds a line there, not here.
 */
export const useCases: UseCaseTree<Contract> = {
  auth: authUseCases,
  location: locationUseCases,
  users: usersUseCases,
  sessions: sessionsUseCases,
  dashboard: dashboardUseCases,
  groups: groupsUseCases,
  memberships: membershipsUseCases,
  groupMessages: groupMessagesUseCases,
  matching: matchingUseCases,
  connections: connectionsUseCases,
  chat: chatUseCases,
  discover: discoverUseCases,
  schools: schoolsUseCases,
  cities: citiesUseCases,
  subjects: subjectsUseCases,
  userSubjects: userSubjectsUseCases,
  goals: goalsUseCases,
  userGoals: userGoalsUseCases,
};
