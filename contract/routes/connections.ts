import { initContract } from '@ts-rest/core';
import { z } from 'zod';
import { IdParamsSchema, IdSchema } from '../schemas/common.js';
import { ConnectionSchema, ConnectionStatisticsSchema, ConnectionStatusSchema } from '../schemas/matching.js';
import { paginatedSchema, PaginationQuerySchema } from '../schemas/pagination.js';
import { badRequestResponse, unauthorizedResponse, visibleResponses } from './responses.js';

const c = initContract();

/** Accepted connections, seen from the caller. */
export const connectionsRoutes = c.router({
  list: {
    method: 'GET',
    path: '/api/matching/connections/',
    summary: "The caller's accepted connections",
    query: PaginationQuerySchema,
    responses: { 200: paginatedSchema(ConnectionSchema), ...badRequestResponse, ...visibleResponses },
  },
  statistics: {
    method: 'GET',
    path: '/api/matching/connections/statistics/',
    summary: "The caller's request and connection counts",
    responses: { 200: ConnectionStatisticsSchema, ...unauthorizedResponse },
  },
  status: {
    method: 'GET',
    path: '/api/matching/connections/status/:userId/',
    summary: 'The connection between the caller (user1) and another user (user2)',
    pathParams: z.object({ userId: IdSchema }),
    responses: { 200: ConnectionStatusSchema, ...visibleResponses },
  },
  get: {
    method: 'GET',
    path: '/api/matching/connections/:id/',
    summary: 'One of the caller’s connections',
    pathParams: IdParamsSchema,
    responses: { 200: ConnectionSchema, ...visibleResponses },
  },
});
