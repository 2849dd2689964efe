import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { PLAIN_LIST_LIMIT } from '../../rules/paging/plain-list-limit.js';
import { presentSessionList } from './present-session-list.js';

const INTEGER = /^-?\d+$/;
/** Midnight UTC on the first of a month; `Date.UTC` would read years below 100 as 19xx. */
function monthStart(year: number, monthIndex: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, 1);
  return date;
}

const monthlyError = (error: string) => ({ status: 400 as const, body: { error } });

/** Sessions the caller hosts or attends that start in one UTC month; the seed's own error messages. */
export const listMonthlySessions: UseCase<typeof contract.sessions.monthlySessions> = async (
  { query },
  context,
) => {
  const { month: monthText, year: yearText } = query;
  if (!monthText || !yearText) return monthlyError('Both month and year are required.');
  if (!INTEGER.test(monthText.trim()) || !INTEGER.test(yearText.trim())) {
    return monthlyError('Month and year must be valid integers.');
  }
  const month = Number(monthText);
  const year = Number(yearText);
  if (month < 1 || month > 12) return monthlyError('Month must be between 1 and 12.');
  if (year < 1 || year > 9999) return monthlyError('Year must be between 1 and 9999.');
  const now = context.clock.now();
  const startFrom = monthStart(year, month - 1);
  const startUntil = new Date(monthStart(year, month).getTime() - 1);
  const { rows } = await context.store.sessions.list(
    { now, involvedUserId: context.user.id, startFrom, startUntil },
    { offset: 0, limit: PLAIN_LIST_LIMIT },
    context.user.id,
  );
  return { status: 200, body: presentSessionList(rows, context, now) };
};
