import type { FieldErrors, SchoolPatchRequest } from '@studymate/contract';
import type { SchoolRecord, Store } from '../../ports/store/store.js';
import { invalidPk } from '../../rules/errors.js';
import { readCoordinatePair } from '../../rules/geo/coordinate-pair.js';

export type SchoolFields = Pick<
  SchoolRecord,
  'name' | 'shortName' | 'address' | 'cityId' | 'location' | 'website' | 'email' | 'phone'
>;

export const DEFAULT_SCHOOL_FIELDS = {
  shortName: '',
  address: '',
  cityId: null,
  location: null,
  website: '',
  email: '',
  phone: '',
} as const satisfies Omit<SchoolFields, 'name'>;

export function pickSchoolFields(school: SchoolRecord): SchoolFields {
  const { name, shortName, address, cityId, location, website, email, phone } = school;
  return { name, shortName, address, cityId, location, website, email, phone };
}

/** Overlays the fields a request sent on the current ones; the city must exist. */
export async function applySchoolRequest(
  current: SchoolFields,
  body: SchoolPatchRequest,
  store: Store,
): Promise<{ fields: SchoolFields; errors: FieldErrors }> {
  const errors: FieldErrors = {};
  const fields: SchoolFields = {
    name: body.name ?? current.name,
    shortName: body.short_name ?? current.shortName,
    address: body.address ?? current.address,
    cityId: body.city === undefined ? current.cityId : body.city,
    location: readCoordinatePair(body, current.location, errors),
    website: body.website ?? current.website,
    email: body.email ?? current.email,
    phone: body.phone ?? current.phone,
  };
  if (
    fields.cityId !== null &&
    fields.cityId !== current.cityId &&
    !(await store.cities.findById(fields.cityId))
  ) {
    errors['city'] = [invalidPk(fields.cityId)];
  }
  return { fields, errors };
}
