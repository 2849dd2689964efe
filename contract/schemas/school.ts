import { z } from 'zod';
import { LatitudeSchema, LongitudeSchema, ReferenceIdSchema, TimestampSchema } from './common.js';
import { DistanceKmSchema } from './geo.js';
import {
  locationSearchQuerySchema,
  orderingSchema,
  proximityListQuerySchema,
  searchSchema,
} from './reference-query.js';

/** A school as embedded in groups. */
export const SchoolSummarySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  short_name: z.string(),
});
export type SchoolSummary = z.infer<typeof SchoolSummarySchema>;

const studentCount = z.number().int().min(0).describe('Users whose school this is.');

/** A school in lists (`/api/schools/`, `search/city/`). */
export const SchoolListItemSchema = SchoolSummarySchema.extend({
  city: z.number().int().nullable().describe('City id.'),
  student_count: studentCount,
});
export type SchoolListItem = z.infer<typeof SchoolListItemSchema>;

/** A school in detail; also the answer of create and update. */
export const SchoolDetailSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  short_name: z.string(),
  address: z.string(),
  city: z.number().int().nullable().describe('City id.'),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  website: z.string(),
  email: z.string(),
  phone: z.string(),
  created_at: TimestampSchema,
  updated_at: TimestampSchema,
  student_count: studentCount,
});
export type SchoolDetail = z.infer<typeof SchoolDetailSchema>;

/** A school found by `search/location/`, with its distance from the centre. */
export const NearbySchoolSchema = SchoolDetailSchema.extend({ distance_km: DistanceKmSchema });
export type NearbySchool = z.infer<typeof NearbySchoolSchema>;

/** `POST /api/schools/` and `PUT /api/schools/{id}/` body. Latitude and longitude travel together. */
export const SchoolCreateRequestSchema = z.object({
  name: z.string().trim().min(1).max(255),
  short_name: z.string().trim().max(50).optional(),
  address: z.string().trim().max(500).optional(),
  city: ReferenceIdSchema.nullable().optional().describe('City id.'),
  latitude: LatitudeSchema.nullable().optional(),
  longitude: LongitudeSchema.nullable().optional(),
  website: z.string().url().max(200).or(z.literal('')).optional(),
  email: z.string().email().max(254).or(z.literal('')).optional(),
  phone: z.string().trim().max(30).optional(),
});
export type SchoolCreateRequest = z.infer<typeof SchoolCreateRequestSchema>;

/** `PATCH /api/schools/{id}/` body. */
export const SchoolPatchRequestSchema = SchoolCreateRequestSchema.partial();
export type SchoolPatchRequest = z.infer<typeof SchoolPatchRequestSchema>;

/** `GET /api/schools/` filters. */
export const SchoolListQuerySchema = proximityListQuerySchema(10).extend({
  search: searchSchema('name, short_name, city name and address'),
  city: z.string().trim().max(100).optional().describe('City name (case-insensitive, exact).'),
  ordering: orderingSchema(['name', 'city', 'created_at']),
});
export type SchoolListQuery = z.infer<typeof SchoolListQuerySchema>;

/** `GET /api/schools/search/location/` query. */
export const SchoolLocationQuerySchema = locationSearchQuerySchema(10);

/** `GET /api/schools/search/city/` query. */
export const SchoolCityQuerySchema = z.object({
  city: z.string().trim().min(1).max(100).describe('City name (case-insensitive, exact).'),
});
