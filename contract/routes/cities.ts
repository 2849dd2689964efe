import { initContract } from '@ts-rest/core';
import { z } from 'zod';
import {
  CityCreateRequestSchema,
  CityDetailSchema,
  CityListItemSchema,
  CityListQuerySchema,
  CityLocationQuerySchema,
  CityPatchRequestSchema,
  NearbyCitySchema,
} from '../schemas/city.js';
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

/** Cities: reference data any signed-in user reads and adds; only staff edit or delete it. */
export const citiesRoutes = c.router({
  list: {
    method: 'GET',
    path: '/api/cities/',
    summary: 'List cities, by name unless ordered otherwise',
    query: CityListQuerySchema,
    responses: { 200: paginatedSchema(CityListItemSchema), ...badRequestResponse, ...visibleResponses },
  },
  create: {
    method: 'POST',
    path: '/api/cities/',
    summary: 'Add a city (any signed-in user)',
    body: CityCreateRequestSchema,
    responses: { 201: CityDetailSchema, ...bodyErrorResponses, ...unauthorizedResponse },
  },
  get: {
    method: 'GET',
    path: '/api/cities/:id/',
    summary: 'Get a city',
    ...byIdPath,
    responses: { 200: CityDetailSchema, ...visibleResponses },
  },
  replace: {
    method: 'PUT',
    path: '/api/cities/:id/',
    summary: 'Update a city (staff only)',
    ...byIdPath,
    body: CityCreateRequestSchema,
    responses: { 200: CityDetailSchema, ...bodyErrorResponses, ...restrictedResponses },
  },
  update: {
    method: 'PATCH',
    path: '/api/cities/:id/',
    summary: 'Partially update a city (staff only)',
    ...byIdPath,
    body: CityPatchRequestSchema,
    responses: { 200: CityDetailSchema, ...bodyErrorResponses, ...restrictedResponses },
  },
  delete: {
    method: 'DELETE',
    path: '/api/cities/:id/',
    summary: 'Delete a city (staff only); its schools keep no city',
    ...byIdPath,
    body: c.noBody(),
    responses: { 204: c.noBody(), ...restrictedResponses },
  },
  searchLocation: {
    method: 'GET',
    path: '/api/cities/search/location/',
    summary: 'Cities within a radius of a point, nearest first',
    query: CityLocationQuerySchema,
    responses: { 200: z.array(NearbyCitySchema).max(100), ...badRequestResponse, ...unauthorizedResponse },
  },
});
