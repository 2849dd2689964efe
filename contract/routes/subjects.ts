import { initContract } from '@ts-rest/core';
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
  unauthorizedResponse,
  byIdPath,
  visibleResponses,
  restrictedResponses,
} from './responses.js';

const c = initContract();

/** Subjects: reference data any signed-in user reads and adds; only staff edit or delete it. */
export const subjectsRoutes = c.router({
  list: {
    method: 'GET',
    path: '/api/subjects/',
    summary: 'List subjects, by code unless ordered otherwise',
    query: SubjectListQuerySchema,
    responses: { 200: paginatedSchema(SubjectListItemSchema), ...badRequestResponse, ...visibleResponses },
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
    ...byIdPath,
    responses: { 200: SubjectDetailSchema, ...visibleResponses },
  },
  replace: {
    method: 'PUT',
    path: '/api/subjects/:id/',
    summary: 'Update a subject (staff only)',
    ...byIdPath,
    body: SubjectCreateRequestSchema,
    responses: { 200: SubjectDetailSchema, ...bodyErrorResponses, ...restrictedResponses },
  },
  update: {
    method: 'PATCH',
    path: '/api/subjects/:id/',
    summary: 'Partially update a subject (staff only)',
    ...byIdPath,
    body: SubjectPatchRequestSchema,
    responses: { 200: SubjectDetailSchema, ...bodyErrorResponses, ...restrictedResponses },
  },
  delete: {
    method: 'DELETE',
    path: '/api/subjects/:id/',
    summary: 'Delete a subject (staff only) that no user has on their list',
    description: 'Sessions and groups of the subject keep no subject; a subject on a user list is a 400.',
    ...byIdPath,
    body: c.noBody(),
    responses: { 204: c.noBody(), ...badRequestResponse, ...restrictedResponses },
  },
});
