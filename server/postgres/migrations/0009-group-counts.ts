import type { Migration } from './migration.js';

/**
 * The groups list's count without reading every group: `group_counts` holds how many groups
 * there are per privacy and status, kept by triggers in the writing transaction (exact in every
 * snapshot), as `session_counts` is for sessions. A list without a subject, school or member
 * filter counts the visible groups as these counters plus the caller's own invite-only groups
 * (`groupCountSql`).
 */
export const groupCounts: Migration = {
  version: 9,
  name: 'group counts',
  sql: /* sql */ `
-- No group is written between the counting below and the triggers that keep the counts after it.
LOCK TABLE study_groups IN SHARE ROW EXCLUSIVE MODE;
CREATE TABLE group_counts (
  privacy text NOT NULL,
  status text NOT NULL,
  count bigint NOT NULL,
  PRIMARY KEY (privacy, status)
);
INSERT INTO group_counts SELECT privacy, status, count(*) FROM study_groups GROUP BY 1, 2;

-- One statement per write, its changes summed per key and applied in key order (no deadlock
-- between two writers).
CREATE FUNCTION group_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO group_counts SELECT privacy, status, count(*) FROM new_rows GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (privacy, status) DO UPDATE SET count = group_counts.count + EXCLUDED.count;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO group_counts SELECT privacy, status, -count(*) FROM old_rows GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (privacy, status) DO UPDATE SET count = group_counts.count + EXCLUDED.count;
  ELSE
    INSERT INTO group_counts
      SELECT privacy, status, sum(delta) FROM (
        SELECT privacy, status, -1 AS delta FROM old_rows
        UNION ALL
        SELECT privacy, status, 1 FROM new_rows
      ) AS changes
      GROUP BY 1, 2 HAVING sum(delta) <> 0 ORDER BY 1, 2
    ON CONFLICT (privacy, status) DO UPDATE SET count = group_counts.count + EXCLUDED.count;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER group_counts_insert AFTER INSERT ON study_groups
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION group_counts_apply();
CREATE TRIGGER group_counts_update AFTER UPDATE ON study_groups
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION group_counts_apply();
CREATE TRIGGER group_counts_delete AFTER DELETE ON study_groups
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION group_counts_apply();

CREATE FUNCTION group_counts_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM group_counts;
  RETURN NULL;
END $$;
CREATE TRIGGER group_counts_truncate AFTER TRUNCATE ON study_groups
  FOR EACH STATEMENT EXECUTE FUNCTION group_counts_clear();
`,
};
