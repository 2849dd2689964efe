import { z } from 'zod';
import { LatitudeSchema, LongitudeSchema } from './common.js';
import { DistanceKmSchema } from './geo.js';
import {
  locationSearchQuerySchema,
  orderingSchema,
  proximityListQuerySchema,
  searchSchema,
} from './reference-query.js';

const schoolCount = z.number().int().min(0).describe('Schools in the city.');

/** A city in lists. */
export const CityListItemSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  school_count: schoolCount,
});
export type CityListItem = z.infer<typeof CityListItemSchema>;

/** A city in detail; also the answer of create and update. */
export const CityDetailSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  school_count: schoolCount,
});
export type CityDetail = z.infer<typeof CityDetailSchema>;

/** A city found by `search/location/`, with its distance from the centre. */
export const NearbyCitySchema = CityDetailSchema.extend({ distance_km: DistanceKmSchema });
export type NearbyCity = z.infer<typeof NearbyCitySchema>;

/** `POST /api/cities/` and `PUT /api/cities/{id}/` body. Latitude and longitude travel together. */
export const CityCreateRequestSchema = z.object({
  name: z.string().trim().min(1).max(100),
  latitude: LatitudeSchema.nullable().optional(),
  longitude: LongitudeSchema.nullable().optional(),
});
export type CityCreateRequest = z.infer<typeof CityCreateRequestSchema>;

/** `PATCH /api/cities/{id}/` body. */
export const CityPatchRequestSchema = CityCreateRequestSchema.partial();
export type CityPatchRequest = z.infer<typeof CityPatchRequestSchema>;

/** `GET /api/cities/` filters. */
export const CityListQuerySchema = proximityListQuerySchema(50).extend({
  search: searchSchema('name'),
  ordering: orderingSchema(['name']),
});
export type CityListQuery = z.infer<typeof CityListQuerySchema>;

/** `GET /api/cities/search/location/` query. */
export const CityLocationQuerySchema = locationSearchQuerySchema(50);
