import type { FieldErrors } from '@studymate/contract';
import type { Area } from '../../ports/store/store.js';
import { fieldErrors } from '../errors.js';

type Proximity =
  { ok: true; area: Area | undefined } | { ok: false; response: ReturnType<typeof fieldErrors> };

/** A list's `lat`, `lng` and `radius`: no centre means no proximity filter; half a centre is a 400. */
export function readProximity(
  query: { lat?: number | undefined; lng?: number | undefined; radius?: number | undefined },
  defaultRadiusKm: number,
): Proximity {
  const { lat, lng } = query;
  if (lat === undefined && lng === undefined) return { ok: true, area: undefined };
  if (lat !== undefined && lng !== undefined) {
    return {
      ok: true,
      area: { center: { latitude: lat, longitude: lng }, radiusKm: query.radius ?? defaultRadiusKm },
    };
  }
  const errors: FieldErrors =
    lat === undefined
      ? { lat: ['This field is required when lng is given.'] }
      : { lng: ['This field is required when lat is given.'] };
  return { ok: false, response: fieldErrors(errors) };
}

/** Distances on the wire: kilometres to two decimals. */
export const roundKilometres = (distanceKm: number) => Math.round(distanceKm * 100) / 100;

/**
 * A presented item of a nearby list with its `distance_km`, added to the item itself: a spread into
 * a copy cost more than presenting the item (the nearby sessions list: 10k -> 14-15k requests in the
 * same 6 s), and left every copy a shape of its own for the JSON writer.
 */
export function withDistance<Item extends object>(
  item: Item,
  distanceKm: number,
): Item & { distance_km: number } {
  const extended = item as Item & { distance_km: number };
  extended.distance_km = roundKilometres(distanceKm);
  return extended;
}
