import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { notFound } from '../../rules/errors.js';
import { presentHistoryEntry } from './present-history.js';

/** One of the caller's history rows; another user's row is a 404, never a 403. */
export const getLocationHistoryEntry: UseCase<typeof contract.location.getHistoryEntry> = async (
  { params },
  context,
) => {
  const row = await context.store.locations.findById(params.id);
  if (row?.userId !== context.user.id) return notFound();
  return { status: 200, body: presentHistoryEntry(row, context.user) };
};
