import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { decideHistory } from './history-rule.js';

/** Always moves the caller's current location; writes history per the seed's rule. */
export const updateLocation: UseCase<typeof contract.location.update> = async ({ body }, context) => {
  const now = context.clock.now();
  const point = { latitude: body.latitude, longitude: body.longitude };
  const decision = decideHistory(await context.store.locations.latest(context.user.id), point, now);
  await context.store.users.update(context.user.id, { location: { ...point, updatedAt: now } });
  if (decision.save) {
    await context.store.locations.add({
      ...point,
      userId: context.user.id,
      accuracy: body.accuracy ?? null,
      recordedAt: now,
      createdAt: now,
    });
  }
  return {
    status: 200,
    body: {
      updated: true,
      saved_to_history: decision.save,
      distance_moved: decision.distanceMoved,
      time_since_last: decision.timeSinceLast,
      message: decision.message,
      ...point,
      timestamp: now.toISOString(),
    },
  };
};
