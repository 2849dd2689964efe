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
import { IdParamsSchema } from '../schemas/common.js';
import { paginatedSchema } from '../schemas/pagination.js';
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

/** Cities: reference data any signed-in user reads and adds; only staff edit or delete it. */
export const citiesRoutes = c.router({
  list: {
    method: 'GET',
    path: '/api/cities/',
    summary: 'List cities, by name unless ordered otherwise',
    query: CityListQuerySchema,
    responses: { 200: paginatedSchema(CityListItemSchema), ...badRequestResponse, ...seen },
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
    ...byId,
    responses: { 200: CityDetailSchema, ...seen },
  },
  replace: {
    method: 'PUT',
    path: '/api/cities/:id/',
    summary: 'Update a city (staff only)',
    ...byId,
    body: CityCreateRequestSchema,
    responses: { 200: CityDetailSchema, ...bodyErrorResponses, ...staffOnly },
  },
  update: {
    method: 'PATCH',
    path: '/api/cities/:id/',
    summary: 'Partially update a city (staff only)',
    ...byId,
    body: CityPatchRequestSchema,
    responses: { 200: CityDetailSchema, ...bodyErrorResponses, ...staffOnly },
  },
  delete: {
    method: 'DELETE',
    path: '/api/cities/:id/',
    summary: 'Delete a city (staff only); its schools keep no city',
    ...byId,
    body: c.noBody(),
    responses: { 204: c.noBody(), ...staffOnly },
  },
  searchLocation: {
    method: 'GET',
    path: '/api/cities/search/location/',
    summary: 'Cities within a radius of a point, nearest first',
    query: CityLocationQuerySchema,
    responses: { 200: z.array(NearbyCitySchema).max(100), ...badRequestResponse, ...unauthorizedResponse },
  },
});
