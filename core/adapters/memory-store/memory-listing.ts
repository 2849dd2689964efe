import { distanceInMetres } from '../../rules/geo/great-circle.js';
import type { Area, GeoPoint } from '../../ports/store/store.js';

/** Case-insensitive "contains" in any of the texts; no needle matches everything. */
export function containsText(texts: (string | null | undefined)[], needle: string | undefined): boolean {
  if (!needle) return true;
  const wanted = needle.toLowerCase();
  return texts.some((text) => text?.toLowerCase().includes(wanted));
}

/** The distance in km when the point lies in the area, else null. */
export function distanceWithin(area: Area, point: GeoPoint | null): number | null {
  if (!point) return null;
  const distanceKm = distanceInMetres(area.center, point) / 1000;
  return distanceKm <= area.radiusKm ? distanceKm : null;
}
