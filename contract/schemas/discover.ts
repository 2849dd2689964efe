import { z } from 'zod';
import { decimalTextSchema } from './common.js';
import { DistanceKmSchema } from './geo.js';
import { paginatedSchema, PaginationQuerySchema } from './pagination.js';

/** A learner near the caller. */
export const NearbyLearnerSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  full_name: z.string(),
  avatar_url: z.string().nullable(),
  bio: z.string(),
  school_name: z.string().nullable(),
  major: z.string(),
  year: z.number().int().nullable(),
  distance_km: DistanceKmSchema,
  latitude: z.number(),
  longitude: z.number(),
});
export type NearbyLearner = z.infer<typeof NearbyLearnerSchema>;

export const NearbyLearnersSchema = paginatedSchema(NearbyLearnerSchema).extend({
  radius_km: z.number().describe('The radius searched.'),
});

export const NearbyLearnersQuerySchema = PaginationQuerySchema.extend({
  radius: decimalTextSchema(z.number().min(0.1).max(500))
    .optional()
    .describe("Default: the caller's learning_radius_km."),
});
