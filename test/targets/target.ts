import type { SubjectLevel, SubjectSummary, UserStatus } from '../../contract/index.js';
import type { ConnectionState } from '../../core/ports/store/store.js';
import type { ManualClock } from '../../core/index.js';
import type { CreateClientOptions, StudyMateClient } from '../../sdk/index.js';

/** What a behaviour test may use: SDK clients, the target's clock, and back-office controls. */
export interface Target {
  name: string;
  baseUrl: string;
  clock: ManualClock;
  /** The JWT secret the target signs with, to forge tokens in security tests. */
  jwtSecret: string;
  client(options?: Partial<CreateClientOptions>): StudyMateClient;
  /** ws:// or wss:// origin of the chat sockets. */
  socketOrigin: string;
  /** Drops chat sockets server-side, as a network cut would (retryable close). */
  dropChatConnections(filter?: (userId: number) => boolean): number;
  /** Back-office actions the API does not offer (moderation, staff, data of later areas). */
  setUserStatus(email: string, status: UserStatus): Promise<void>;
  /** Makes the user staff (DESIGN §3: staff edit and delete reference data). */
  makeStaff(email: string): Promise<void>;
  /** Older suites seed reference data with these; new tests create it through the API. */
  addSchool(school: { name: string; short_name?: string }): Promise<{ id: number }>;
  addSubject(subject: {
    code: string;
    name_en: string;
    name_vi?: string;
    level?: SubjectLevel;
  }): Promise<SubjectSummary>;
  addConnectionRequest(request: {
    senderId: number;
    receiverId: number;
    state: ConnectionState;
  }): Promise<void>;
  close(): Promise<void>;
}

export const TEST_JWT_SECRET = 'behaviour-suite-secret-0123456789abcdef';
export const TEST_PBKDF2_ITERATIONS = 1_000;
/** Every target starts at the same instant. */
export const TEST_EPOCH = new Date('2026-03-02T09:00:00Z');
