import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { notFound } from '../../rules/errors.js';

/** The caller's current location, or 404 before the first update. */
export const getCurrentLocation: UseCase<typeof contract.location.getCurrent> = (_request, { user }) =>
  Promise.resolve(
    user.location
      ? {
          status: 200 as const,
          body: {
            latitude: user.location.latitude,
            longitude: user.location.longitude,
            last_updated: user.location.updatedAt.toISOString(),
          },
        }
      : notFound('No location has been set yet.'),
  );
