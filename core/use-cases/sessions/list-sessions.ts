import type { SessionListQuery, contract } from '@studymate/contract';
import type { SessionFilter } from '../../ports/store/store.js';
import type { UseCase } from '../../context.js';
import { pageRequest, toPage } from '../../rules/paging/paginate.js';
import { presentSessionList } from './present-session-list.js';

const SESSIONS_PAGE_SIZE = 10;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY = 24 * 60 * 60 * 1000;

type MaybeDate = Date | false | '' | undefined;
const isDate = (date: MaybeDate): date is Date => date instanceof Date;
// Module-level, not closures of `toSessionFilter`: tsx names each closure it creates, per request.
const latest = (dates: MaybeDate[]) => dates.filter(isDate).sort((a, b) => b.getTime() - a.getTime())[0];
const earliest = (dates: MaybeDate[]) => dates.filter(isDate).sort((a, b) => a.getTime() - b.getTime())[0];

/** Turns the list's query into a store filter (the effective status is computed against `now`). */
function toSessionFilter(query: SessionListQuery, now: Date): SessionFilter {
  const filter: SessionFilter = { now };
  if (query.status) filter.statuses = [query.status === 'ongoing' ? 'in_progress' : query.status];
  if (query.session_type) filter.sessionType = query.session_type;
  if (query.subject !== undefined) filter.subjectId = query.subject;
  if (query.host !== undefined) filter.hostId = query.host;
  const from = [query.date_from && new Date(query.date_from), query.time_filter === 'upcoming' && now];
  const until = [
    query.date_to &&
      new Date(DATE_ONLY.test(query.date_to) ? Date.parse(query.date_to) + DAY - 1 : query.date_to),
    query.time_filter === 'past' && new Date(now.getTime() - 1),
  ];
  const startFrom = latest(from);
  const startUntil = earliest(until);
  if (startFrom) filter.startFrom = startFrom;
  if (startUntil) filter.startUntil = startUntil;
  return filter;
}

/** Every session, filtered, ordered by start time, 10 a page. */
export const listSessions: UseCase<typeof contract.sessions.list> = async ({ query }, context) => {
  const now = context.clock.now();
  const page = pageRequest(query, SESSIONS_PAGE_SIZE);
  const slice = await context.store.sessions.list(toSessionFilter(query, now), page, context.user.id);
  const items = presentSessionList(slice.rows, context, now);
  return toPage({ count: slice.count, rows: items }, page, { url: context.url });
};
