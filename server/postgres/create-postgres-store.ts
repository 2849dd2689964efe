import type { Store } from '@studymate/core';
import type { Database } from './database.js';
import { createPostgresChat } from './postgres-chat.js';
import { createPostgresConnectionRequests } from './postgres-connection-requests.js';
import { createPostgresLoginAttempts, createPostgresRevokedTokens } from './postgres-auth.js';
import { createPostgresGroups } from './postgres-groups.js';
import { createPostgresLocations } from './postgres-location.js';
import { createPostgresUsers } from './postgres-users.js';
import { cachedUsers, type UserCache } from './user-cache.js';
import { createPostgresSessions } from './postgres-sessions.js';
import { createPostgresSubjects } from './postgres-subjects.js';
import { createPostgresSchools } from './postgres-schools.js';
import { createPostgresCities } from './postgres-cities.js';
import { createPostgresGoals } from './postgres-goals.js';
import { createPostgresUserSubjects } from './postgres-user-subjects.js';
import { createPostgresUserGoals } from './postgres-user-goals.js';

/**
 * The store port on Postgres: every repository over one `Database` (a postgres.js pool or PGlite).
 * Run `migrate(database)` first. With a `userCache`, users read by id come from it (see
 * `user-cache.ts` for what keeps it true).
 */
export function createPostgresStore(database: Database, options: { userCache?: UserCache } = {}): Store {
  const users = createPostgresUsers(database);
  return {
    users: options.userCache ? cachedUsers(users, options.userCache) : users,
    revokedTokens: createPostgresRevokedTokens(database),
    loginAttempts: createPostgresLoginAttempts(database),
    locations: createPostgresLocations(database),
    cities: createPostgresCities(database),
    schools: createPostgresSchools(database),
    subjects: createPostgresSubjects(database),
    goals: createPostgresGoals(database),
    userSubjects: createPostgresUserSubjects(database),
    userGoals: createPostgresUserGoals(database),
    sessions: createPostgresSessions(database),
    connectionRequests: createPostgresConnectionRequests(database),
    groups: createPostgresGroups(database),
    chat: createPostgresChat(database),
  };
}
