import type { Migration } from './migration.js';

/**
 * Lists that cost the same at 100,000 sessions as at 1,000.
 *
 * A session's effective status (DESIGN §4.2) reads the clock, so no column can hold it; but each
 * status is a range of time over the host's actions, which indexes serve:
 * - `end_time` is stored (a trigger keeps it `start_time + duration_minutes`), so "past its end"
 *   is a range too;
 * - partial indexes over the sessions the host has not closed: not started (`upcoming` is a range
 *   of `start_time` there) and started (`in_progress` is a range of `end_time` there).
 *
 * And the count a page carries, without reading every matching row: `session_counts` holds, per
 * stored state (cancelled, completed by the host, started by the host, pending) and per UTC day
 * of the start and of the end, how many sessions there are. Triggers keep it in the writing
 * transaction, so it is exact in every snapshot. A status's count is then a sum over days plus
 * an exact count of the sessions of the current day (see `sessionCountSql`).
 */
export const sessionStatusRanges: Migration = {
  version: 4,
  name: 'session status ranges and counts',
  sql: /* sql */ `
ALTER TABLE study_sessions ADD COLUMN end_time timestamptz;
UPDATE study_sessions SET end_time = start_time + make_interval(mins => duration_minutes);
ALTER TABLE study_sessions ALTER COLUMN end_time SET NOT NULL;

CREATE FUNCTION study_sessions_set_end_time() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.end_time := NEW.start_time + make_interval(mins => NEW.duration_minutes);
  RETURN NEW;
END $$;
CREATE TRIGGER study_sessions_end_time BEFORE INSERT OR UPDATE ON study_sessions
  FOR EACH ROW EXECUTE FUNCTION study_sessions_set_end_time();

CREATE INDEX study_sessions_not_started ON study_sessions (start_time, id)
  WHERE cancelled_at IS NULL AND completed_at IS NULL AND started_at IS NULL;
CREATE INDEX study_sessions_not_started_end ON study_sessions (end_time)
  WHERE cancelled_at IS NULL AND completed_at IS NULL AND started_at IS NULL;
CREATE INDEX study_sessions_started_end ON study_sessions (end_time)
  WHERE cancelled_at IS NULL AND completed_at IS NULL AND started_at IS NOT NULL;

CREATE FUNCTION session_state(cancelled_at timestamptz, completed_at timestamptz, started_at timestamptz)
  RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN cancelled_at IS NOT NULL THEN 'cancelled' WHEN completed_at IS NOT NULL THEN 'completed'
    WHEN started_at IS NOT NULL THEN 'started' ELSE 'pending' END
$$;

CREATE TABLE session_counts (
  state text NOT NULL,
  start_day date NOT NULL,
  end_day date NOT NULL,
  count bigint NOT NULL,
  PRIMARY KEY (state, start_day, end_day)
);
INSERT INTO session_counts
  SELECT session_state(cancelled_at, completed_at, started_at), (start_time AT TIME ZONE 'UTC')::date,
    (end_time AT TIME ZONE 'UTC')::date, count(*)
  FROM study_sessions GROUP BY 1, 2, 3;

-- One statement per write, its changes summed per key and applied in key order (no deadlock
-- between two writers).
CREATE FUNCTION session_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO session_counts
      SELECT session_state(cancelled_at, completed_at, started_at), (start_time AT TIME ZONE 'UTC')::date,
        (end_time AT TIME ZONE 'UTC')::date, count(*)
      FROM new_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (state, start_day, end_day) DO UPDATE SET count = session_counts.count + EXCLUDED.count;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO session_counts
      SELECT session_state(cancelled_at, completed_at, started_at), (start_time AT TIME ZONE 'UTC')::date,
        (end_time AT TIME ZONE 'UTC')::date, -count(*)
      FROM old_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (state, start_day, end_day) DO UPDATE SET count = session_counts.count + EXCLUDED.count;
  ELSE
    INSERT INTO session_counts
      SELECT state, start_day, end_day, sum(delta) FROM (
        SELECT session_state(cancelled_at, completed_at, started_at) AS state,
          (start_time AT TIME ZONE 'UTC')::date AS start_day, (end_time AT TIME ZONE 'UTC')::date AS end_day,
          -1 AS delta FROM old_rows
        UNION ALL
        SELECT session_state(cancelled_at, completed_at, started_at), (start_time AT TIME ZONE 'UTC')::date,
          (end_time AT TIME ZONE 'UTC')::date, 1 FROM new_rows
      ) AS changes
      GROUP BY 1, 2, 3 HAVING sum(delta) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (state, start_day, end_day) DO UPDATE SET count = session_counts.count + EXCLUDED.count;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER session_counts_insert AFTER INSERT ON study_sessions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION session_counts_apply();
CREATE TRIGGER session_counts_update AFTER UPDATE ON study_sessions
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION session_counts_apply();
CREATE TRIGGER session_counts_delete AFTER DELETE ON study_sessions
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION session_counts_apply();

CREATE FUNCTION session_counts_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM session_counts;
  RETURN NULL;
END $$;
CREATE TRIGGER session_counts_truncate AFTER TRUNCATE ON study_sessions
  FOR EACH STATEMENT EXECUTE FUNCTION session_counts_clear();
`,
};
