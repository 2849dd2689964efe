import { initContract } from '@ts-rest/core';
import { paginatedSchema } from '../schemas/pagination.js';
import {
  UserGoalCreateRequestSchema,
  UserGoalDetailSchema,
  UserGoalListItemSchema,
  UserGoalListQuerySchema,
  UserGoalPatchRequestSchema,
} from '../schemas/user-goal.js';
import {
  badRequestResponse,
  bodyErrorResponses,
  unauthorizedResponse,
  byIdPath,
  visibleResponses,
} from './responses.js';

const c = initContract();

/** The caller's own goals and their targets. Other users' rows are 404. */
export const userGoalsRoutes = c.router({
  list: {
    method: 'GET',
    path: '/api/user-goals/',
    summary: "List the caller's goals, newest first unless ordered otherwise",
    query: UserGoalListQuerySchema,
    responses: { 200: paginatedSchema(UserGoalListItemSchema), ...badRequestResponse, ...visibleResponses },
  },
  create: {
    method: 'POST',
    path: '/api/user-goals/',
    summary: "Add a goal to the caller's list (once per goal)",
    body: UserGoalCreateRequestSchema,
    responses: { 201: UserGoalDetailSchema, ...bodyErrorResponses, ...unauthorizedResponse },
  },
  get: {
    method: 'GET',
    path: '/api/user-goals/:id/',
    summary: "Get one of the caller's goals",
    ...byIdPath,
    responses: { 200: UserGoalDetailSchema, ...visibleResponses },
  },
  replace: {
    method: 'PUT',
    path: '/api/user-goals/:id/',
    summary: "Update one of the caller's goals",
    ...byIdPath,
    body: UserGoalCreateRequestSchema,
    responses: { 200: UserGoalDetailSchema, ...bodyErrorResponses, ...visibleResponses },
  },
  update: {
    method: 'PATCH',
    path: '/api/user-goals/:id/',
    summary: "Partially update one of the caller's goals",
    ...byIdPath,
    body: UserGoalPatchRequestSchema,
    responses: { 200: UserGoalDetailSchema, ...bodyErrorResponses, ...visibleResponses },
  },
  delete: {
    method: 'DELETE',
    path: '/api/user-goals/:id/',
    summary: "Remove a goal from the caller's list",
    ...byIdPath,
    body: c.noBody(),
    responses: { 204: c.noBody(), ...visibleResponses },
  },
});
