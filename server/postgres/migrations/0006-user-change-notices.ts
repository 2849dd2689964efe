import type { Migration } from './migration.js';

/**
 * Every change to a user row is announced on the channel `<schema>_users_changed`, with the user's
 * id, when its transaction commits: processes that keep users in memory (`user-cache.ts`) forget
 * that user, whichever process or tool made the change.
 */
export const userChangeNotices: Migration = {
  version: 6,
  name: 'user change notices',
  sql: /* sql */ `
CREATE FUNCTION notify_user_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify(TG_TABLE_SCHEMA || '_users_changed', OLD.id::text);
  RETURN NULL;
END
$$;
CREATE TRIGGER users_changed AFTER UPDATE OR DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION notify_user_changed();
`,
};
