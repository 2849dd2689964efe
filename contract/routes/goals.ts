import { initContract } from '@ts-rest/core';
import {
  GoalCreateRequestSchema,
  GoalDetailSchema,
  GoalListItemSchema,
  GoalListQuerySchema,
  GoalPatchRequestSchema,
} from '../schemas/goal.js';
import { paginatedSchema } from '../schemas/pagination.js';
import {
  badRequestResponse,
  bodyErrorResponses,
  unauthorizedResponse,
  byIdPath,
  visibleResponses,
  restrictedResponses,
} from './responses.js';

const c = initContract();

/** Goals: reference data any signed-in user reads and adds; only staff edit or delete it. */
export const goalsRoutes = c.router({
  list: {
    method: 'GET',
    path: '/api/goals/',
    summary: 'List goals, by code unless ordered otherwise',
    query: GoalListQuerySchema,
    responses: { 200: paginatedSchema(GoalListItemSchema), ...badRequestResponse, ...visibleResponses },
  },
  create: {
    method: 'POST',
    path: '/api/goals/',
    summary: 'Add a goal (any signed-in user); codes are unique',
    body: GoalCreateRequestSchema,
    responses: { 201: GoalDetailSchema, ...bodyErrorResponses, ...unauthorizedResponse },
  },
  get: {
    method: 'GET',
    path: '/api/goals/:id/',
    summary: 'Get a goal with how many users have it and their mean target',
    ...byIdPath,
    responses: { 200: GoalDetailSchema, ...visibleResponses },
  },
  replace: {
    method: 'PUT',
    path: '/api/goals/:id/',
    summary: 'Update a goal (staff only)',
    ...byIdPath,
    body: GoalCreateRequestSchema,
    responses: { 200: GoalDetailSchema, ...bodyErrorResponses, ...restrictedResponses },
  },
  update: {
    method: 'PATCH',
    path: '/api/goals/:id/',
    summary: 'Partially update a goal (staff only)',
    ...byIdPath,
    body: GoalPatchRequestSchema,
    responses: { 200: GoalDetailSchema, ...bodyErrorResponses, ...restrictedResponses },
  },
  delete: {
    method: 'DELETE',
    path: '/api/goals/:id/',
    summary: 'Delete a goal (staff only) that no user has on their list',
    description: 'A goal on a user list is a 400.',
    ...byIdPath,
    body: c.noBody(),
    responses: { 204: c.noBody(), ...badRequestResponse, ...restrictedResponses },
  },
});
