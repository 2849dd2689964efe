import { initContract } from '@ts-rest/core';
import { paginatedSchema } from '../schemas/pagination.js';
import {
  UserSubjectCreateRequestSchema,
  UserSubjectDetailSchema,
  UserSubjectListItemSchema,
  UserSubjectListQuerySchema,
  UserSubjectPatchRequestSchema,
} from '../schemas/user-subject.js';
import {
  badRequestResponse,
  bodyErrorResponses,
  unauthorizedResponse,
  byIdPath,
  visibleResponses,
} from './responses.js';

const c = initContract();

/** The caller's own subjects: what they learn or teach, and how far they are. Other users' rows are 404. */
export const userSubjectsRoutes = c.router({
  list: {
    method: 'GET',
    path: '/api/user-subjects/',
    summary: "List the caller's subjects, newest first unless ordered otherwise",
    query: UserSubjectListQuerySchema,
    responses: {
      200: paginatedSchema(UserSubjectListItemSchema),
      ...badRequestResponse,
      ...visibleResponses,
    },
  },
  create: {
    method: 'POST',
    path: '/api/user-subjects/',
    summary: "Add a subject to the caller's list (once per subject)",
    body: UserSubjectCreateRequestSchema,
    responses: { 201: UserSubjectDetailSchema, ...bodyErrorResponses, ...unauthorizedResponse },
  },
  get: {
    method: 'GET',
    path: '/api/user-subjects/:id/',
    summary: "Get one of the caller's subjects",
    ...byIdPath,
    responses: { 200: UserSubjectDetailSchema, ...visibleResponses },
  },
  replace: {
    method: 'PUT',
    path: '/api/user-subjects/:id/',
    summary: "Update one of the caller's subjects",
    ...byIdPath,
    body: UserSubjectCreateRequestSchema,
    responses: { 200: UserSubjectDetailSchema, ...bodyErrorResponses, ...visibleResponses },
  },
  update: {
    method: 'PATCH',
    path: '/api/user-subjects/:id/',
    summary: "Partially update one of the caller's subjects",
    ...byIdPath,
    body: UserSubjectPatchRequestSchema,
    responses: { 200: UserSubjectDetailSchema, ...bodyErrorResponses, ...visibleResponses },
  },
  delete: {
    method: 'DELETE',
    path: '/api/user-subjects/:id/',
    summary: "Remove a subject from the caller's list",
    ...byIdPath,
    body: c.noBody(),
    responses: { 204: c.noBody(), ...visibleResponses },
  },
});
