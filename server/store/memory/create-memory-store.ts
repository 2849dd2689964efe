import type { ConversationRecord, Store } from '../store.js';
import { createMemoryChat } from './memory-chat.js';
import { createMemoryGroups } from './memory-groups.js';
import { createMemoryLoginAttempts, createMemoryRevokedTokens } from './memory-auth.js';
import { createMemoryConnectionRequests } from './memory-connection-requests.js';
import { createMemoryLocations } from './memory-locations.js';
import { createMemorySchools } from './memory-schools.js';
import { createMemorySessions } from './memory-sessions.js';
import { createMemorySubjects } from './memory-subjects.js';
import { createMemoryUsers } from './memory-users.js';
import { MemoryTable } from './table.js';

/** A fresh, empty store held in memory: for tests, mocks and `npm start -- --memory`. Browser-safe. */
export function createMemoryStore(): Store {
  const conversations = new MemoryTable<ConversationRecord>();
  return {
    users: createMemoryUsers(),
    schools: createMemorySchools(),
    revokedTokens: createMemoryRevokedTokens(),
    loginAttempts: createMemoryLoginAttempts(),
    locations: createMemoryLocations(),
    subjects: createMemorySubjects(),
    sessions: createMemorySessions(),
    connectionRequests: createMemoryConnectionRequests(conversations),
    groups: createMemoryGroups(conversations),
    chat: createMemoryChat(conversations),
  };
}
