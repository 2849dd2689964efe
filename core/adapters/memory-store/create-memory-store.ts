import type {
  CityRecord,
  ConversationRecord,
  GoalRecord,
  SchoolRecord,
  Store,
  SubjectRecord,
  UserRecord,
} from '../../ports/store/store.js';
import { createMemoryChat } from './memory-chat.js';
import { createMemoryCities } from './memory-cities.js';
import { MemoryForeignKeys } from './memory-foreign-keys.js';
import { createMemoryGoals } from './memory-goals.js';
import { createMemoryGroups } from './memory-groups.js';
import { createMemoryLoginAttempts, createMemoryRevokedTokens } from './memory-auth.js';
import { createMemoryConnectionRequests } from './memory-connection-requests.js';
import { createMemoryLocations } from './memory-location.js';
import { createMemorySchools } from './memory-schools.js';
import { createMemorySessions } from './memory-sessions.js';
import { createMemorySubjects } from './memory-subjects.js';
import { createMemoryUserGoals } from './memory-user-goals.js';
import { createMemoryUserSubjects } from './memory-user-subjects.js';
import { createMemoryUsers } from './memory-users.js';
import { collectTables, MemoryTable } from './table.js';

const tablesOfStore = new WeakMap<Store, MemoryTable<{ id: number }>[]>();

/** Every row of a memory store's tables as JSON, in insertion order: equal worlds give equal text. */
export function snapshotMemoryStore(store: Store): string {
  return JSON.stringify((tablesOfStore.get(store) ?? []).map((table) => table.all()));
}

/** A fresh, empty store held in memory: for tests, mocks and `npm start -- --memory`. Browser-safe. */
export function createMemoryStore(): Store {
  const { result: store, tables } = collectTables(buildMemoryStore);
  tablesOfStore.set(store, tables);
  return store;
}

function buildMemoryStore(): Store {
  const conversations = new MemoryTable<ConversationRecord>();
  const cities = new MemoryTable<CityRecord>();
  const schools = new MemoryTable<SchoolRecord>();
  const subjects = new MemoryTable<SubjectRecord>();
  const goals = new MemoryTable<GoalRecord>();
  const users = new MemoryTable<UserRecord>();
  const keys = new MemoryForeignKeys();
  return {
    users: createMemoryUsers({ users, schools }, keys),
    cities: createMemoryCities(cities, keys),
    schools: createMemorySchools({ schools, cities }, keys),
    revokedTokens: createMemoryRevokedTokens(),
    loginAttempts: createMemoryLoginAttempts(),
    locations: createMemoryLocations(),
    subjects: createMemorySubjects(subjects, keys),
    goals: createMemoryGoals(goals, keys),
    userSubjects: createMemoryUserSubjects(subjects, keys),
    userGoals: createMemoryUserGoals(goals, keys),
    sessions: createMemorySessions({ users, subjects }, keys),
    connectionRequests: createMemoryConnectionRequests(conversations),
    groups: createMemoryGroups({ conversations, users }, keys),
    chat: createMemoryChat({ conversations, users }),
  };
}
