import { z } from 'zod';
import { decimalTextSchema } from './common.js';
import { PaginationQuerySchema } from './pagination.js';

/** An `ordering` value: an allowed field, `-` prefixed for descending. */
export type Ordering<Field extends string> = Field | `-${Field}`;

/**
 * `ordering` for a list: one of `fields`, or one of them prefixed with `-` for descending.
 * Anything else is a 400 field error (an allow-list: stores never see raw field names).
 */
export function orderingSchema<const Field extends string>(fields: readonly [Field, ...Field[]]) {
  const [first, ...rest] = fields;
  const values: [Ordering<Field>, ...Ordering<Field>[]] = [
    first,
    `-${first}` as const,
    ...rest.flatMap((field) => [field, `-${field}` as const]),
  ];
  return z
    .enum(values)
    .optional()
    .describe(`Order by ${fields.join(', ')}; prefix with - for descending.`);
}

/** `search`: case-insensitive "contains" over the fields the list names. */
export function searchSchema(fields: string) {
  return z.string().trim().max(100).optional().describe(`Case-insensitive search in ${fields}.`);
}

const latitude = decimalTextSchema(z.number().min(-90).max(90));
const longitude = decimalTextSchema(z.number().min(-180).max(180));
const radius = (defaultKm: number) =>
  decimalTextSchema(z.number().min(0.1).max(20000))
    .optional()
    .describe(`Radius in km. @default ${defaultKm}`);

/** `lat`, `lng`, `radius` on a paginated list: given together they keep rows within the radius. */
export function proximityListQuerySchema(defaultRadiusKm: number) {
  return PaginationQuerySchema.extend({
    lat: latitude.optional().describe('Latitude of the centre (with `lng`).'),
    lng: longitude.optional().describe('Longitude of the centre (with `lat`).'),
    radius: radius(defaultRadiusKm),
  });
}

/** `search/location/`: `lat` and `lng` required, `radius` in km. */
export function locationSearchQuerySchema(defaultRadiusKm: number) {
  return z.object({
    lat: latitude.describe('Latitude of the centre.'),
    lng: longitude.describe('Longitude of the centre.'),
    radius: radius(defaultRadiusKm),
  });
}
