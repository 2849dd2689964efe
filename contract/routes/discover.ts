import { initContract } from '@ts-rest/core';
import { NearbyLearnersQuerySchema, NearbyLearnersSchema } from '../schemas/discover.js';
import { badRequestResponse, notFoundResponse, unauthorizedResponse } from './responses.js';

const c = initContract();

/** Finding study partners. */
export const discoverRoutes = c.router({
  nearbyLearners: {
    method: 'GET',
    path: '/api/discover/nearby-learners/',
    summary: 'Learners near the caller, nearest first',
    description:
      'Excludes the caller, users with any request either way (connected ones included), private users, and ' +
      "friends_of_friends users unless within two accepted connections. Needs the caller's location.",
    query: NearbyLearnersQuerySchema,
    responses: {
      200: NearbyLearnersSchema,
      ...badRequestResponse,
      ...unauthorizedResponse,
      ...notFoundResponse,
    },
  },
});
