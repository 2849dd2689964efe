import type { Migration } from './migration.js';

/** Indexes for forgetting what has expired: old login failures and ended locks, across all emails. */
export const housekeepingIndexes: Migration = {
  version: 2,
  name: 'housekeeping indexes',
  sql: /* sql */ `
CREATE INDEX login_failures_failed_at ON login_failures (failed_at);
CREATE INDEX login_locks_until ON login_locks (locked_until);
`,
};
