import type { ListedSession } from '@studymate/core';
import type { SqlClient } from './database.js';
import { reviveTimestamps } from './json-rows.js';
import { SUBJECT_COLUMNS, SUBJECT_TIMESTAMPS, subjectOf, type SubjectRow } from './postgres-subjects.js';
import { USER_SUMMARY_COLUMNS, toUserSummary, type UserSummaryRow } from './postgres-users.js';
import {
  HOLDS_SEAT,
  LISTED_SESSION_COLUMNS,
  LISTED_SESSION_TIMESTAMPS,
  toListedSessionRecord,
  type ListedSessionRow,
  type ParticipantRow,
} from './session-rows.js';
import { selectPage, type PageQuery } from './sql-pages.js';

/** The output names of a column list (`s.id, s.day::text AS day` -> id, day): each one's last word. */
const outputNames = (columns: string) =>
  columns.split(',').map((column) => /(\w+)\s*$/.exec(column)?.[1] ?? '');

/** The output names of `LISTED_SESSION_COLUMNS`, for a page that travels column by column. */
export const LISTED_SESSION_COLUMN_NAMES = outputNames(LISTED_SESSION_COLUMNS);
const USER_SUMMARY_COLUMN_NAMES = outputNames(USER_SUMMARY_COLUMNS);

/** One row of the page: the session with its related rows, and the row as selected (for extra columns). */
export interface PagedSession<Extra> {
  listed: ListedSession;
  row: ListedSessionRow & Extra;
}

/**
 * A page of sessions (`select` of `LISTED_SESSION_COLUMNS` over alias `s`, and any more columns), its
 * total, and every row their shapes show (hosts, subjects, seats taken, the status of the caller's
 * participant rows), in one statement (`selectPage`).
 */
export async function selectSessionPage<Extra extends object = object>(
  client: SqlClient,
  query: Omit<PageQuery<never>, 'related'>,
  callerId: number,
): Promise<{ count: number | null; rows: PagedSession<Extra>[] }> {
  const caller = query.params.add(callerId);
  const page = await selectPage<
    ListedSessionRow & Extra,
    {
      hosts: UserSummaryRow;
      subjects: SubjectRow;
      seats: { key: number; count: number };
      mine: Pick<ParticipantRow, 'session_id' | 'status'>;
    }
  >(client, {
    ...query,
    timestamps: LISTED_SESSION_TIMESTAMPS,
    // The page's keys as an array, not `IN (SELECT … FROM page)`: an index scan for the array, no
    // hash table to build for a page of rows. Reads of up to a row per session (hosts, the caller's
    // rows) travel column by column.
    related: {
      // Only what a host's summary shows.
      hosts: {
        select: `SELECT ${USER_SUMMARY_COLUMNS} FROM users WHERE id = ANY(ARRAY(SELECT host_id FROM page))`,
        columns: USER_SUMMARY_COLUMN_NAMES,
      },
      subjects: `SELECT ${SUBJECT_COLUMNS} FROM subjects WHERE id = ANY(ARRAY(SELECT subject_id FROM page))`,
      seats: `SELECT p.session_id AS key, count(*)::int AS count FROM session_participants p
        WHERE p.session_id = ANY(ARRAY(SELECT id FROM page)) AND ${HOLDS_SEAT} GROUP BY p.session_id`,
      // Only the status: all a list shows of the caller's own row.
      mine: {
        select: `SELECT p.session_id, p.status FROM session_participants p
          WHERE p.user_id = ${caller} AND p.session_id = ANY(ARRAY(SELECT id FROM page))`,
        columns: ['session_id', 'status'],
      },
    },
  });
  const subjectRows = reviveTimestamps(page.related.subjects, SUBJECT_TIMESTAMPS);
  const hosts = new Map(page.related.hosts.map((row) => [row.id, toUserSummary(row)]));
  const subjects = new Map(subjectRows.map((row) => [row.id, subjectOf(row)]));
  const seats = new Map(page.related.seats.map((row) => [row.key, row.count]));
  const mine = new Map(page.related.mine.map((row) => [row.session_id, { status: row.status }]));
  const rows = page.rows.map((row) => {
    const host = hosts.get(row.host_id);
    if (!host) throw new Error(`Session ${row.id} has no host ${row.host_id}`);
    const listed: ListedSession = {
      session: toListedSessionRecord(row),
      host,
      subject: row.subject_id === null ? null : (subjects.get(row.subject_id) ?? null),
      participantCount: seats.get(row.id) ?? 0,
      callerParticipant: mine.get(row.id) ?? null,
    };
    return { listed, row };
  });
  return { count: page.count, rows };
}
