import { initContract } from '@ts-rest/core';
import { IdParamsSchema } from '../schemas/common.js';
import { OnlineStatusSchema } from '../schemas/user.js';
import { notFoundResponse, unauthorizedResponse } from './responses.js';

const c = initContract();

/** Other users as the caller may see them. */
export const usersRoutes = c.router({
  getStatus: {
    method: 'GET',
    path: '/api/users/:id/status/',
    summary: "Get a user's online status and last seen time",
    description: 'A user is online while at least one of their chat WebSockets is open.',
    pathParams: IdParamsSchema,
    responses: { 200: OnlineStatusSchema, ...unauthorizedResponse, ...notFoundResponse },
  },
});
