import { initContract } from '@ts-rest/core';
import { IdParamsSchema } from '../schemas/common.js';
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
  notFoundResponse,
  unauthorizedResponse,
} from './responses.js';

const c = initContract();

const byId = { pathParams: IdParamsSchema } as const;
const own = { ...unauthorizedResponse, ...notFoundResponse };

/** The caller's own goals and their targets. Other users' rows are 404. */
export const userGoalsRoutes = c.router({
  list: {
    method: 'GET',
    path: '/api/user-goals/',
    summary: "List the caller's goals, newest first unless ordered otherwise",
    query: UserGoalListQuerySchema,
    responses: { 200: paginatedSchema(UserGoalListItemSchema), ...badRequestResponse, ...own },
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
    ...byId,
    responses: { 200: UserGoalDetailSchema, ...own },
  },
  replace: {
    method: 'PUT',
    path: '/api/user-goals/:id/',
    summary: "Update one of the caller's goals",
    ...byId,
    body: UserGoalCreateRequestSchema,
    responses: { 200: UserGoalDetailSchema, ...bodyErrorResponses, ...own },
  },
  update: {
    method: 'PATCH',
    path: '/api/user-goals/:id/',
    summary: "Partially update one of the caller's goals",
    ...byId,
    body: UserGoalPatchRequestSchema,
    responses: { 200: UserGoalDetailSchema, ...bodyErrorResponses, ...own },
  },
  delete: {
    method: 'DELETE',
    path: '/api/user-goals/:id/',
    summary: "Remove a goal from the caller's list",
    ...byId,
    body: c.noBody(),
    responses: { 204: c.noBody(), ...own },
  },
});
