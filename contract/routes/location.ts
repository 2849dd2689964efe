import { initContract } from '@ts-rest/core';
import { IdParamsSchema } from '../schemas/common.js';
import {
  CurrentLocationSchema,
  LocationHistoryEntrySchema,
  LocationHistoryItemSchema,
  LocationHistoryQuerySchema,
  LocationStatsQuerySchema,
  LocationStatsSchema,
  LocationUpdateRequestSchema,
  LocationUpdateSchema,
} from '../schemas/location.js';
import { paginatedSchema } from '../schemas/pagination.js';
import {
  badRequestResponse,
  bodyErrorResponses,
  notFoundResponse,
  unauthorizedResponse,
} from './responses.js';

const c = initContract();

/** The caller's current location and location history. */
export const locationRoutes = c.router({
  update: {
    method: 'POST',
    path: '/api/users/location/',
    summary: "Update the caller's current location",
    description:
      'The current location always updates. A history row is written on the first update, ' +
      'or when the caller moved more than 100 m, or more than 15 minutes passed since the last history row.',
    body: LocationUpdateRequestSchema,
    responses: { 200: LocationUpdateSchema, ...bodyErrorResponses, ...unauthorizedResponse },
  },
  getCurrent: {
    method: 'GET',
    path: '/api/users/location/current/',
    summary: "Get the caller's current location",
    responses: {
      200: CurrentLocationSchema,
      ...unauthorizedResponse,
      ...notFoundResponse,
    },
  },
  listHistory: {
    method: 'GET',
    path: '/api/users/location/history/',
    summary: "List the caller's location history, newest first",
    query: LocationHistoryQuerySchema,
    responses: {
      200: paginatedSchema(LocationHistoryItemSchema),
      ...badRequestResponse,
      ...unauthorizedResponse,
      ...notFoundResponse,
    },
  },
  getHistoryEntry: {
    method: 'GET',
    path: '/api/users/location/history/:id/',
    summary: "Get one of the caller's location history rows",
    description: "Another user's row is a 404.",
    pathParams: IdParamsSchema,
    responses: { 200: LocationHistoryEntrySchema, ...unauthorizedResponse, ...notFoundResponse },
  },
  getStats: {
    method: 'GET',
    path: '/api/users/location/stats/',
    summary: "Get statistics of the caller's location history",
    query: LocationStatsQuerySchema,
    responses: { 200: LocationStatsSchema, ...badRequestResponse, ...unauthorizedResponse },
  },
});
