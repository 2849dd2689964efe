import { initContract } from '@ts-rest/core';
import { IdParamsSchema } from '../schemas/common.js';
import { paginatedSchema } from '../schemas/pagination.js';
import {
  SubjectCreateRequestSchema,
  SubjectDetailSchema,
  SubjectListItemSchema,
  SubjectListQuerySchema,
  SubjectPatchRequestSchema,
} from '../schemas/subject.js';
import {
  badRequestResponse,
  bodyErrorResponses,
  forbiddenResponse,
  notFoundResponse,
  unauthorizedResponse,
} from './responses.js';

const c = initContract();

const byId = { pathParams: IdParamsSchema } as const;
const seen = { ...unauthorizedResponse, ...notFoundResponse };
const staffOnly = { ...seen, ...forbiddenResponse };

/** Subjects: reference data any signed-in user reads and adds; only staff edit or delete it. */
export const subjectsRoutes = c.router({
  list: {
    method: 'GET',
    path: '/api/subjects/',
    summary: 'List subjects, by code unless ordered otherwise',
    query: SubjectListQuerySchema,
    responses: { 200: paginatedSchema(SubjectListItemSchema), ...badRequestResponse, ...seen },
  },
  create: {
    method: 'POST',
    path: '/api/subjects/',
    summary: 'Add a subject (any signed-in user); codes are unique',
    body: SubjectCreateRequestSchema,
    responses: { 201: SubjectDetailSchema, ...bodyErrorResponses, ...unauthorizedResponse },
  },
  get: {
    method: 'GET',
    path: '/api/subjects/:id/',
    summary: 'Get a subject with its learner and teacher counts',
    ...byId,
    responses: { 200: SubjectDetailSchema, ...seen },
  },
  replace: {
    method: 'PUT',
    path: '/api/subjects/:id/',
    summary: 'Update a subject (staff only)',
    ...byId,
    body: SubjectCreateRequestSchema,
    responses: { 200: SubjectDetailSchema, ...bodyErrorResponses, ...staffOnly },
  },
  update: {
    method: 'PATCH',
    path: '/api/subjects/:id/',
    summary: 'Partially update a subject (staff only)',
    ...byId,
    body: SubjectPatchRequestSchema,
    responses: { 200: SubjectDetailSchema, ...bodyErrorResponses, ...staffOnly },
  },
  delete: {
    method: 'DELETE',
    path: '/api/subjects/:id/',
    summary: 'Delete a subject (staff only) that no user has on their list',
    description: 'Sessions and groups of the subject keep no subject; a subject on a user list is a 400.',
    ...byId,
    body: c.noBody(),
    responses: { 204: c.noBody(), ...badRequestResponse, ...staffOnly },
  },
});
