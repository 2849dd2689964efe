import type { Store } from '../store.js';
import { createMemoryLoginAttempts, createMemoryRevokedTokens } from './memory-auth.js';
import { createMemoryConnectionRequests } from './memory-connection-requests.js';
import { createMemoryLocations } from './memory-locations.js';
import { createMemorySchools } from './memory-schools.js';
import { createMemorySessions } from './memory-sessions.js';
import { createMemorySubjects } from './memory-subjects.js';
import { createMemoryUsers } from './memory-users.js';

/** A fresh, empty store held in memory: for tests, mocks and `npm start -- --memory`. Browser-safe. */
export function createMemoryStore(): Store {
  return {
    users: createMemoryUsers(),
    schools: createMemorySchools(),
    revokedTokens: createMemoryRevokedTokens(),
    loginAttempts: createMemoryLoginAttempts(),
    locations: createMemoryLocations(),
    subjects: createMemorySubjects(),
    sessions: createMemorySessions(),
    connectionRequests: createMemoryConnectionRequests(),
  };
}
