import type { CityPatchRequest, FieldErrors } from '@studymate/contract';
import type { CityRecord } from '../../ports/store/store.js';
import { readCoordinatePair } from '../../rules/geo/coordinate-pair.js';

export type CityFields = Pick<CityRecord, 'name' | 'location'>;

/** Overlays the fields a request sent on the current ones. */
export function applyCityRequest(
  current: CityFields,
  body: CityPatchRequest,
): { fields: CityFields; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const fields = {
    name: body.name ?? current.name,
    location: readCoordinatePair(body, current.location, errors),
  };
  return { fields, errors };
}
