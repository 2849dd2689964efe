import type { FieldErrors } from '@studymate/contract';
import type { GeoPoint } from '../../ports/store/store.js';

/**
 * Latitude and longitude travel together: both numbers set a point, both null clear it,
 * neither keeps `current`, and half a pair is a field error.
 */
export function readCoordinatePair(
  body: { latitude?: number | null; longitude?: number | null },
  current: GeoPoint | null,
  errors: FieldErrors,
): GeoPoint | null {
  const { latitude, longitude } = body;
  if (latitude === undefined && longitude === undefined) return current;
  if (typeof latitude === 'number' && typeof longitude === 'number') return { latitude, longitude };
  if (latitude === null && longitude === null) return null;
  errors['non_field_errors'] = ['Latitude and longitude must be given together.'];
  return current;
}
