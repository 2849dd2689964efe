import type { Migration } from './migration.js';

/**
 * A password change ends the user's other sign-in sessions: tokens carry the password version they
 * were issued under, and only the session that made the change keeps its older tokens.
 */
export const passwordSessions: Migration = {
  version: 3,
  name: 'password sessions',
  sql: /* sql */ `
ALTER TABLE users ADD COLUMN password_version integer NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN password_change_session_id text;
`,
};
