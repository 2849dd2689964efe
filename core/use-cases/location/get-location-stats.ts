import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';

const DEFAULT_DAYS = 30;
const DAY_MILLISECONDS = 24 * 60 * 60 * 1000;

/** Counts and bounds of the caller's history over the last `days` days, and the current location. */
export const getLocationStats: UseCase<typeof contract.location.getStats> = async ({ query }, context) => {
  const days = query.days ?? DEFAULT_DAYS;
  const since = new Date(context.clock.now().getTime() - days * DAY_MILLISECONDS);
  const stats = await context.store.locations.stats(context.user.id, since);
  const { location } = context.user;
  return {
    status: 200,
    body: {
      total_records: stats.count,
      days_analyzed: days,
      first_recorded: stats.first?.toISOString() ?? null,
      last_recorded: stats.last?.toISOString() ?? null,
      current_location: location ? { latitude: location.latitude, longitude: location.longitude } : null,
    },
  };
};
