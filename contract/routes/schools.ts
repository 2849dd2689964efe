import { initContract } from '@ts-rest/core';
import { z } from 'zod';
import { paginatedSchema } from '../schemas/pagination.js';
import {
  NearbySchoolSchema,
  SchoolCityQuerySchema,
  SchoolCreateRequestSchema,
  SchoolDetailSchema,
  SchoolListItemSchema,
  SchoolListQuerySchema,
  SchoolLocationQuerySchema,
  SchoolPatchRequestSchema,
} from '../schemas/school.js';
import {
  badRequestResponse,
  bodyErrorResponses,
  unauthorizedResponse,
  byIdPath,
  visibleResponses,
  restrictedResponses,
} from './responses.js';

const c = initContract();

/** Schools: reference data any signed-in user reads and adds; only staff edit or delete it. */
export const schoolsRoutes = c.router({
  list: {
    method: 'GET',
    path: '/api/schools/',
    summary: 'List schools, by name unless ordered otherwise',
    query: SchoolListQuerySchema,
    responses: { 200: paginatedSchema(SchoolListItemSchema), ...badRequestResponse, ...visibleResponses },
  },
  create: {
    method: 'POST',
    path: '/api/schools/',
    summary: 'Add a school (any signed-in user)',
    body: SchoolCreateRequestSchema,
    responses: { 201: SchoolDetailSchema, ...bodyErrorResponses, ...unauthorizedResponse },
  },
  get: {
    method: 'GET',
    path: '/api/schools/:id/',
    summary: 'Get a school',
    ...byIdPath,
    responses: { 200: SchoolDetailSchema, ...visibleResponses },
  },
  replace: {
    method: 'PUT',
    path: '/api/schools/:id/',
    summary: 'Update a school (staff only)',
    ...byIdPath,
    body: SchoolCreateRequestSchema,
    responses: { 200: SchoolDetailSchema, ...bodyErrorResponses, ...restrictedResponses },
  },
  update: {
    method: 'PATCH',
    path: '/api/schools/:id/',
    summary: 'Partially update a school (staff only)',
    ...byIdPath,
    body: SchoolPatchRequestSchema,
    responses: { 200: SchoolDetailSchema, ...bodyErrorResponses, ...restrictedResponses },
  },
  delete: {
    method: 'DELETE',
    path: '/api/schools/:id/',
    summary: 'Delete a school (staff only); its students and groups keep no school',
    ...byIdPath,
    body: c.noBody(),
    responses: { 204: c.noBody(), ...restrictedResponses },
  },
  searchLocation: {
    method: 'GET',
    path: '/api/schools/search/location/',
    summary: 'Schools within a radius of a point, nearest first',
    query: SchoolLocationQuerySchema,
    responses: { 200: z.array(NearbySchoolSchema).max(100), ...badRequestResponse, ...unauthorizedResponse },
  },
  searchCity: {
    method: 'GET',
    path: '/api/schools/search/city/',
    summary: 'Schools of a city, by city name, by school name',
    query: SchoolCityQuerySchema,
    responses: {
      200: z.array(SchoolListItemSchema).max(100),
      ...badRequestResponse,
      ...unauthorizedResponse,
    },
  },
});
