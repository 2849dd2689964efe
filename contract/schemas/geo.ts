import { z } from 'zod';

/** A GeoJSON point, `coordinates` as `[longitude, latitude]` (WGS 84), as DRF-GIS writes it. */
export const GeoJsonPointSchema = z.object({
  type: z.literal('Point'),
  coordinates: z.tuple([z.number(), z.number()]),
});
export type GeoJsonPoint = z.infer<typeof GeoJsonPointSchema>;

/** Distance from the caller in kilometres, on nearby results. */
export const DistanceKmSchema = z.number().min(0).describe('Great-circle distance from the caller (km).');
