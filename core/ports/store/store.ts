import type { LoginAttemptRepo, RevokedTokenRepo } from './auth.js';
import type { ChatRepo } from './chat.js';
import type { CityRepo } from './cities.js';
import type { ConnectionRequestRepo } from './connection-requests.js';
import type { GoalRepo } from './goals.js';
import type { GroupRepo } from './groups.js';
import type { LocationRepo } from './location.js';
import type { SchoolRepo } from './schools.js';
import type { SessionRepo } from './sessions.js';
import type { SubjectRepo } from './subjects.js';
import type { UserGoalRepo } from './user-goals.js';
import type { UserSubjectRepo } from './user-subjects.js';
import type { UserRepo } from './users.js';

/** Every type of the port, so a caller imports from here; each area's file holds its repository and records. */
export type * from './auth.js';
export type * from './chat.js';
export type * from './cities.js';
export type * from './connection-requests.js';
export type * from './goals.js';
export type * from './groups.js';
export type * from './location.js';
export type * from './schools.js';
export type * from './sessions.js';
export type * from './shared.js';
export type * from './subjects.js';
export type * from './user-goals.js';
export type * from './user-subjects.js';
export type * from './users.js';

/** The persistence port. Each area adds its repository here; memory and Postgres implement it. */
export interface Store {
  users: UserRepo;
  cities: CityRepo;
  schools: SchoolRepo;
  revokedTokens: RevokedTokenRepo;
  loginAttempts: LoginAttemptRepo;
  locations: LocationRepo;
  subjects: SubjectRepo;
  goals: GoalRepo;
  userSubjects: UserSubjectRepo;
  userGoals: UserGoalRepo;
  sessions: SessionRepo;
  connectionRequests: ConnectionRequestRepo;
  groups: GroupRepo;
  chat: ChatRepo;
}
