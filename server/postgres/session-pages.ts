import type { ListedSession } from '@studymate/core';
import type { SqlClient } from './database.js';
import { reviveTimestamps } from './json-rows.js';
import { SUBJECT_COLUMNS, subjectOf, type SubjectRow } from './postgres-subjects.js';
import { USER_COLUMNS, USER_TIMESTAMPS, toUser, type UserRow } from './postgres-users.js';
import {
  HOLDS_SEAT,
  PARTICIPANT_COLUMNS,
  PARTICIPANT_TIMESTAMPS,
  toParticipantRecord,
  toSessionRecord,
  type ParticipantRow,
  type SessionRow,
} from './session-rows.js';
import type { SqlParams } from './sql-listing.js';

const SESSION_TIMESTAMPS = [
  'start_time',
  'started_at',
  'completed_at',
  'cancelled_at',
  'created_at',
  'updated_at',
];
const SUBJECT_TIMESTAMPS = ['created_at', 'updated_at'];

/** A page of sessions as a statement builds it. */
export interface SessionPageQuery {
  /** SELECT of `SESSION_COLUMNS` (alias `s`) and any more columns: the page's rows, ordered and limited. */
  select: string;
  /** The page's order over its own column names (`start_time, id`), which the JSON array keeps. */
  order: string;
  params: SqlParams;
  /** The list's total as a scalar SQL expression over `params`, when the list has one. */
  count?: string;
}

/** One row of the page: the session with its related rows, and the row as selected (for extra columns). */
export interface PagedSession<Extra> {
  listed: ListedSession;
  row: SessionRow & Extra;
}

interface PageJson<Extra> {
  count: number | null;
  sessions: (SessionRow & Extra)[];
  hosts: UserRow[];
  subjects: SubjectRow[];
  seats: { key: number; count: number }[];
  mine: ParticipantRow[];
}

/**
 * A page of sessions, its total, and every row their shapes show (hosts, subjects, seats taken,
 * the caller's participant rows) in one statement, answered as one JSON value: one round trip
 * and one snapshot, and one JSON parse in place of a driver's parse per column.
 */
export async function selectSessionPage<Extra extends object = object>(
  client: SqlClient,
  query: SessionPageQuery,
  callerId: number,
): Promise<{ count: number | null; rows: PagedSession<Extra>[] }> {
  const { params } = query;
  const caller = params.add(callerId);
  const related = (select: string) => `(SELECT coalesce(json_agg(r), '[]') FROM (${select}) AS r)`;
  const [result] = await client.query<{ page: PageJson<Extra> }>(
    `WITH page AS MATERIALIZED (${query.select})
     SELECT json_build_object(
       'count', ${query.count === undefined ? 'NULL' : `(${query.count})::int`},
       'sessions', (SELECT coalesce(json_agg(page ORDER BY ${query.order}), '[]') FROM page),
       'hosts', ${related(`SELECT ${USER_COLUMNS} FROM users WHERE id IN (SELECT host_id FROM page)`)},
       'subjects', ${related(`SELECT ${SUBJECT_COLUMNS} FROM subjects WHERE id IN (SELECT subject_id FROM page)`)},
       'seats', ${related(
         `SELECT p.session_id AS key, count(*)::int AS count FROM session_participants p
          WHERE p.session_id IN (SELECT id FROM page) AND ${HOLDS_SEAT} GROUP BY p.session_id`,
       )},
       'mine', ${related(
         `SELECT ${PARTICIPANT_COLUMNS} FROM session_participants p
          WHERE p.user_id = ${caller} AND p.session_id IN (SELECT id FROM page)`,
       )}
     ) AS page`,
    params.values,
  );
  if (!result) throw new Error('A session page statement answered no row');
  const page = result.page;
  const hosts = new Map(reviveTimestamps(page.hosts, USER_TIMESTAMPS).map((row) => [row.id, toUser(row)]));
  const subjects = new Map(
    reviveTimestamps(page.subjects, SUBJECT_TIMESTAMPS).map((row) => [row.id, subjectOf(row)]),
  );
  const seats = new Map(page.seats.map((row) => [row.key, row.count]));
  const mine = new Map(
    reviveTimestamps(page.mine, PARTICIPANT_TIMESTAMPS).map((row) => [
      row.session_id,
      toParticipantRecord(row),
    ]),
  );
  const rows = reviveTimestamps(page.sessions, SESSION_TIMESTAMPS).map((row) => {
    const host = hosts.get(row.host_id);
    if (!host) throw new Error(`Session ${row.id} has no host ${row.host_id}`);
    const listed: ListedSession = {
      session: toSessionRecord(row),
      host,
      subject: row.subject_id === null ? null : (subjects.get(row.subject_id) ?? null),
      participantCount: seats.get(row.id) ?? 0,
      callerParticipant: mine.get(row.id) ?? null,
    };
    return { listed, row };
  });
  return { count: page.count, rows };
}
